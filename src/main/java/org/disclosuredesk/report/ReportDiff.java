package org.disclosuredesk.report;

import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What differs between two states of a report, cell by cell and text by text, in template order. */
public final class ReportDiff {

    /** One difference; values as displayed ("" blank, "/" not applicable). */
    public record Change(String key, String labelZh, String labelEn, String before, String after) {
    }

    private ReportDiff() {
    }

    public static List<Change> between(ReportContent before, ReportContent after) {
        List<Change> changes = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(after.template().cellKeys());
        if (before != null) {
            keys.addAll(before.template().cellKeys());
        }
        for (String key : keys) {
            String old = before == null ? "" : before.cell(key).display();
            String now = after.cell(key).display();
            if (!old.equals(now)) {
                CellDef def = after.template().cell(key).orElseGet(() -> before.template().cellOrThrow(key));
                changes.add(new Change(key, def.label(true), def.label(false), old, now));
            }
        }
        for (NarrativePart p : NarrativePart.values()) {
            String old = before == null ? "" : before.narrative(p);
            String now = after.narrative(p);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(p.key(), p.heading(true), p.heading(false), old, now));
            }
        }
        return changes;
    }
}
