package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportAction;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.report.ReportWorkflow;
import org.disclosuredesk.ui.ConfirmDialog;
import org.disclosuredesk.ui.ErrorNotifications;
import org.disclosuredesk.validation.Finding;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The buttons of the report page for what the user may do next (edit, approve, return, publish,
 * correct, history). Showing a button is a convenience: every action is checked again by the service.
 */
final class ReportActions extends HorizontalLayout {

    private final ReportWorkflow workflow;
    private final Consumer<String> navigate;

    /** @param allowed what the user may do to the report now ({@code ReportPermissions.actions}) */
    ReportActions(LoadedReport r, Set<ReportAction> allowed, ReportWorkflow workflow, Consumer<String> navigate) {
        this.workflow = workflow;
        this.navigate = navigate;
        setId("report-actions");
        if (allowed.contains(ReportAction.EDIT)) {
            Button edit = new Button(getTranslation("report.action.edit"), e -> navigate.accept(ReportNavigation.editor(r)));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("action-edit");
            add(edit);
        }
        if (allowed.contains(ReportAction.APPROVE)) {
            add(action("approve", LumoVariant.SUCCESS, r, x -> workflow.approve(id(x), v(x))));
        }
        if (allowed.contains(ReportAction.RETURN)) {
            add(reasonAction("return", r, (reason) -> workflow.returnToEditor(id(r), v(r), reason)));
        }
        if (allowed.contains(ReportAction.PUBLISH)) {
            add(action("publish", LumoVariant.PRIMARY, r, x -> workflow.publish(id(x), v(x))));
        }
        if (allowed.contains(ReportAction.CORRECT)) {
            add(reasonAction("correct", r, (reason) -> workflow.startCorrection(id(r), v(r), reason)));
        }
        if (r.report().getStatus() == ReportStatus.SUBMITTED
                && workflow.awaitingAnotherReviewer(List.of(id(r))).contains(id(r))) {
            Span own = new Span(getTranslation("reviewQueue.awaitingAnother"));
            own.getElement().setAttribute("theme", "badge contrast");
            own.setId("awaiting-another-reviewer");
            add(own);
        }
        Button history = new Button(getTranslation("report.action.history"), e -> navigate.accept(ReportNavigation.history(r)));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.setId("action-history");
        add(history);
    }

    private enum LumoVariant { PRIMARY, SUCCESS }

    /** Approving and publishing are asked first: what will happen, and the warnings still open. */
    private Button action(String name, LumoVariant variant, LoadedReport r, Function<LoadedReport, LoadedReport> step) {
        Button b = new Button(getTranslation("report.action." + name), e -> ConfirmDialog.ask(
                getTranslation("report.action." + name), getTranslation("report.confirm." + name),
                openWarnings(this, r.findings()), getTranslation("report.action." + name), false,
                () -> run(r, () -> step.apply(r))));
        b.addThemeVariants(variant == LumoVariant.SUCCESS ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
        b.setId("action-" + name);
        return b;
    }

    /** Return and correction need a reason: asked in a dialog, refused there when empty. */
    private Button reasonAction(String name, LoadedReport r, Function<String, LoadedReport> step) {
        Button b = new Button(getTranslation("report.action." + name), e -> {
            Dialog dialog = new Dialog();
            dialog.setId("reason-dialog");
            dialog.setHeaderTitle(getTranslation("report.action." + name));
            TextArea reason = new TextArea(getTranslation("report.action.reason"));
            reason.setId("reason");
            reason.setWidth("32rem");
            reason.setMaxLength(ReportWorkflow.MAX_REASON);
            reason.setRequired(true);
            Button ok = new Button(getTranslation("report.action." + name), click -> {
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("report.error.reasonRequired"));
                    return;
                }
                dialog.close();
                run(r, () -> step.apply(reason.getValue()));
            });
            ok.setId("reason-ok");
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout buttons = new HorizontalLayout(
                    new Button(getTranslation("report.action.cancel"), c -> dialog.close()), ok);
            buttons.setJustifyContentMode(JustifyContentMode.END);
            buttons.setWidthFull();
            dialog.add(reason, buttons);
            dialog.open();
        });
        b.setId("action-" + name);
        return b;
    }

    /** The findings still open on a report, as one line for a confirmation (none: no line). */
    static List<String> openWarnings(Component c, List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        String rules = findings.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "));
        return List.of(c.getTranslation("report.confirm.openFindings", findings.size(), rules));
    }

    private void run(LoadedReport r, Supplier<LoadedReport> step) {
        try {
            LoadedReport after = step.get();
            Notification.show(done(r, after), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            // a correction opens as the draft being corrected (with Edit where the user may); other steps show the report
            navigate.accept(after.report().getRevision() > r.report().getRevision()
                    ? ReportNavigation.workingRevision(after) : ReportNavigation.report(after));
        } catch (RuntimeException e) {
            ErrorNotifications.show(e, "workflow step on report " + id(r));
        }
    }

    /** What the step did, in words: the new status, or for a correction which revision is now being written. */
    private String done(LoadedReport before, LoadedReport after) {
        if (after.report().getRevision() > before.report().getRevision()) {
            return getTranslation("report.correctionStarted", after.report().getRevision(),
                    before.report().getRevision());
        }
        return getTranslation("report.stepDone", getTranslation("status." + after.report().getStatus().name()));
    }

    private static long id(LoadedReport r) {
        return r.report().getId();
    }

    private static long v(LoadedReport r) {
        return r.report().getVersion();
    }
}
