package org.disclosuredesk.importing;

import org.disclosuredesk.TestSamples;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.PrintFindings;
import org.disclosuredesk.importer.Provenance;
import org.disclosuredesk.importer.ReportImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The review's model without a screen: what is inferred, what the print deviates in, after the user's changes. */
class ReviewDraftTest {

    @Test
    void inferredCellsAreListedUntilTheUserSetsThemAndWarningsAboutThePrintStay() throws Exception {
        String text = TestSamples.text(TestSamples.SHANGHAI);
        ImportResult r = ReportImporter.importText(text);
        ReviewDraft draft = new ReviewDraft(r);
        long inferred = r.provenance().values().stream().filter(Provenance::inferred).count();
        assertThat(inferred).isPositive();
        assertThat(draft.inferred()).hasSize((int) inferred);
        String first = draft.inferred().getFirst();
        assertThat(draft.isInferred(first)).isTrue();
        assertThat(draft.findings()).anyMatch(f -> f.ruleId().equals(PrintFindings.OTHER_WORDING));

        assertThat(draft.type(first, "7").ok()).isTrue();
        assertThat(draft.isInferred(first)).isFalse();
        assertThat(draft.inferred()).hasSize((int) inferred - 1);
        // the figures' findings are computed again; what the import saw in the print stays
        assertThat(draft.findings()).anyMatch(f -> f.ruleId().equals(PrintFindings.OTHER_WORDING));
    }
}
