package org.disclosuredesk.template;

import org.disclosuredesk.i18n.Localized;

/** The free-text parts 一、五、六 of a report; as a message argument, its heading. */
public enum NarrativePart implements Localized {
    OVERVIEW("p1", 1, PartHeading.OVERVIEW),
    PROBLEMS("p5", 5, PartHeading.PROBLEMS),
    OTHER("p6", 6, PartHeading.OTHER);

    /** Longest text we accept in one part; published parts are a few thousand characters. */
    public static final int MAX_LENGTH = 20_000;

    private final String key;
    private final int number;
    private final PartHeading heading;

    NarrativePart(String key, int number, PartHeading heading) {
        this.key = key;
        this.number = number;
        this.heading = heading;
    }

    public String key() {
        return key;
    }

    public int number() {
        return number;
    }

    public String heading(boolean chinese) {
        return heading.heading(chinese);
    }

    @Override
    public String text(boolean chinese) {
        return heading(chinese);
    }
}
