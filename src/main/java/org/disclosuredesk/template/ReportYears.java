package org.disclosuredesk.template;

import java.time.Year;

/**
 * The years a report can be for: from the first year under the 2008 Regulations on Open Government
 * Information up to the current year (no report is for a year to come).
 */
public final class ReportYears {

    /** The first report year: the Regulations took effect on 1 May 2008. */
    public static final int FIRST = 2008;

    private ReportYears() {
    }

    /** True when a report can exist for this year: not before {@link #FIRST}, not after the current year. */
    public static boolean isPossible(int year) {
        return year >= FIRST && year <= Year.now().getValue();
    }
}
