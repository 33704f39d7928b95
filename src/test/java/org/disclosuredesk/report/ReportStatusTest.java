package org.disclosuredesk.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow's transitions, as the status states them. */
class ReportStatusTest {

    @Test
    void eachStatusAllowsItsStepsAndTheyLeadWhereTheWorkflowSays() {
        assertThat(ReportStatus.DRAFT.actions()).containsExactlyInAnyOrder(ReportAction.EDIT, ReportAction.SUBMIT);
        assertThat(ReportStatus.RETURNED.actions()).containsExactlyInAnyOrder(ReportAction.EDIT, ReportAction.SUBMIT);
        assertThat(ReportStatus.SUBMITTED.actions()).containsExactlyInAnyOrder(ReportAction.APPROVE, ReportAction.RETURN);
        assertThat(ReportStatus.APPROVED.actions()).containsExactlyInAnyOrder(ReportAction.RETURN, ReportAction.PUBLISH);
        assertThat(ReportStatus.PUBLISHED.actions()).containsExactly(ReportAction.CORRECT);

        assertThat(ReportStatus.DRAFT.after(ReportAction.SUBMIT)).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(ReportStatus.RETURNED.after(ReportAction.EDIT)).isEqualTo(ReportStatus.RETURNED);
        assertThat(ReportStatus.SUBMITTED.after(ReportAction.APPROVE)).isEqualTo(ReportStatus.APPROVED);
        assertThat(ReportStatus.APPROVED.after(ReportAction.RETURN)).isEqualTo(ReportStatus.RETURNED);
        assertThat(ReportStatus.APPROVED.after(ReportAction.PUBLISH)).isEqualTo(ReportStatus.PUBLISHED);
        assertThat(ReportStatus.PUBLISHED.after(ReportAction.CORRECT)).isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    void aStepTheStatusDoesNotAllowLeadsNowhere() {
        assertThatThrownBy(() -> ReportStatus.DRAFT.after(ReportAction.PUBLISH)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ReportStatus.PUBLISHED.after(ReportAction.EDIT)).isInstanceOf(IllegalStateException.class);
        assertThat(ReportStatus.PUBLISHED.editable()).isFalse();
        assertThat(ReportStatus.RETURNED.editable()).isTrue();
    }
}
