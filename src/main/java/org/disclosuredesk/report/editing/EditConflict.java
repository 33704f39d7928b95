package org.disclosuredesk.report.editing;

import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.template.ReportContent;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A save refused because someone else saved first: the newer version, this user's content at that
 * moment, and the keys (cells and narrative parts) each side changed since the version edited.
 */
public record EditConflict(LoadedReport latest, ReportContent myContent, Set<String> mine, Set<String> theirs) {

    public EditConflict {
        // copies that keep template order, for listing the cells both changed
        mine = Collections.unmodifiableSet(new LinkedHashSet<>(mine));
        theirs = Collections.unmodifiableSet(new LinkedHashSet<>(theirs));
    }

    /** The keys both changed: re-applying puts this user's value over theirs there. */
    public Set<String> both() {
        Set<String> both = new LinkedHashSet<>(mine);
        both.retainAll(theirs);
        return both;
    }
}
