package org.disclosuredesk.importing;

import java.io.Serializable;

/**
 * A file saved somewhere other than where it says it belongs: the agency printed in its title is not the
 * agency it is saved to, or the year it reports on is not the year it is saved as. Such a save needs the
 * user's explicit confirmation ({@link ImportService#saveDraft(long, org.disclosuredesk.template.ReportContent,
 * org.disclosuredesk.template.ReportContent, Long, boolean)}), and the saved report is then titled with the
 * agency it was saved to, not with the name printed in the file.
 *
 * @param printedAgency the agency as printed in the file's title, or null when none was read
 * @param targetAgency  the agency the report is saved to
 * @param readYear      the year the file reports on
 * @param targetYear    the year it is saved as
 */
public record ImportMismatch(String printedAgency, String targetAgency, int readYear, int targetYear)
        implements Serializable {

    public boolean agencyDiffers() {
        return printedAgency != null && !ImportService.sameAgency(printedAgency, targetAgency);
    }

    public boolean yearDiffers() {
        return readYear != targetYear;
    }
}
