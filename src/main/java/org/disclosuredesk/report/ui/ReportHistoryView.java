package org.disclosuredesk.report.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportDiff;
import org.disclosuredesk.report.ReportHistory;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.ui.LanguageSwitch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every save and workflow step of a report (who, when, what, why), and the differences between any
 * two of them: select two rows, or one to compare it with the one before.
 */
@Route("reports/:year/:agencyId/history")
@PermitAll
class ReportHistoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ReportService service;
    private final Grid<ReportHistory.Save> saves = new Grid<>();
    private final Grid<ReportDiff.Change> diff = new Grid<>();
    private final H3 diffTitle = new H3();
    private LoadedReport report;
    private List<ReportHistory.Save> all = List.of();
    private String title = "";

    public ReportHistoryView(ReportService service) {
        this.service = service;
        setSizeFull();
        saves.setId("history-grid");
        saves.setSelectionMode(Grid.SelectionMode.MULTI);
        saves.addColumn(s -> TIME.format(s.savedAt())).setHeader(getTranslation("history.col.time")).setAutoWidth(true);
        saves.addColumn(ReportHistory.Save::savedBy).setHeader(getTranslation("history.col.user")).setAutoWidth(true);
        saves.addColumn(s -> getTranslation("history.action." + s.action())).setHeader(getTranslation("history.col.action"))
                .setAutoWidth(true);
        saves.addColumn(s -> (s.fromStatus() == null ? "" : getTranslation("status." + s.fromStatus().name()) + " → ")
                + getTranslation("status." + s.toStatus().name())).setHeader(getTranslation("history.col.status"))
                .setAutoWidth(true);
        saves.addColumn(ReportHistory.Save::revision).setHeader(getTranslation("history.col.revision")).setAutoWidth(true);
        saves.addColumn(ReportHistory.Save::changeCount).setHeader(getTranslation("history.col.changes")).setAutoWidth(true);
        saves.addColumn(s -> s.reason() == null ? "" : s.reason()).setHeader(getTranslation("history.col.reason"))
                .setFlexGrow(1);
        saves.setHeight("22rem");
        saves.addSelectionListener(e -> compareSelected());

        boolean zh = LanguageSwitch.chinese();
        diff.setId("diff-grid");
        diff.addColumn(c -> zh ? c.labelZh() : c.labelEn()).setHeader(getTranslation("history.col.field")).setFlexGrow(2);
        diff.addColumn(ReportDiff.Change::before).setHeader(getTranslation("history.col.before")).setFlexGrow(1);
        diff.addColumn(ReportDiff.Change::after).setHeader(getTranslation("history.col.after")).setFlexGrow(1);
        diffTitle.setId("diff-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<LoadedReport> found = ReportPage.fromRoute(service, event);
        if (found.isEmpty()) {
            title = getTranslation("report.notFound");
            add(new Paragraph(title));
            return;
        }
        report = found.get();
        title = getTranslation("history.title", report.content().agencyName(), String.valueOf(report.content().year()));
        all = service.history(report.report().getId());
        saves.setItems(all);
        Paragraph hint = new Paragraph(all.isEmpty() ? getTranslation("history.none") : getTranslation("history.hint"));
        add(new Anchor(ReportNavigation.report(report), getTranslation("editor.backToReport")), new H2(title), hint,
                saves, diffTitle, diff);
        if (all.size() >= 2) {
            saves.select(all.get(0));
        }
    }

    /** One row: what that save changed; two rows: everything that differs between them. */
    private void compareSelected() {
        List<ReportHistory.Save> picked = new ArrayList<>(saves.getSelectedItems());
        picked.sort(Comparator.comparingLong(ReportHistory.Save::id));
        if (picked.isEmpty() || picked.size() > 2) {
            diffTitle.setText(picked.size() > 2 ? getTranslation("history.pickTwo") : "");
            diff.setItems(List.of());
            return;
        }
        ReportHistory.Save newer = picked.get(picked.size() - 1);
        ReportHistory.Save older = picked.size() == 2 ? picked.get(0) : before(newer);
        if (older == null) {
            diffTitle.setText(getTranslation("history.first"));
            diff.setItems(List.of());
            return;
        }
        List<ReportDiff.Change> changes = service.compare(report.report().getId(), older.id(), newer.id());
        diffTitle.setText(getTranslation("history.diff", TIME.format(older.savedAt()), TIME.format(newer.savedAt()),
                changes.size()));
        diff.setItems(changes);
    }

    private ReportHistory.Save before(ReportHistory.Save save) {
        return all.stream().filter(s -> s.id() < save.id()).max(Comparator.comparingLong(ReportHistory.Save::id))
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
