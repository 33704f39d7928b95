package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.StoredFigure;
import org.disclosuredesk.template.ValueKind;
import org.disclosuredesk.validation.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the table readers found: values, where they came from, and what stayed unread. */
final class ParsedCells {

    final Map<String, CellValue> values = new LinkedHashMap<>();
    final Map<String, Provenance> provenance = new LinkedHashMap<>();
    final Set<String> unresolved = new LinkedHashSet<>();
    final List<ImportNote> notes = new ArrayList<>();
    /** Cells printed as an empty cell of a real table: blank in the source, so blank here, never 0. */
    final Set<String> emptyInSource = new LinkedHashSet<>();
    /** Warnings about the print itself ({@link PrintFindings}). */
    final List<Finding> printFindings = new ArrayList<>();

    void put(String key, Column column, PrintedValue v, Provenance.Evidence how, Provenance.Confidence confidence,
             SourceText src) {
        if (v != null && v.value() == null && RegionTokens.NOT_APPLICABLE.equals(v.printed())) {
            values.put(key, CellValue.NOT_APPLICABLE);
            provenance.put(key, new Provenance(v.start(), v.end(), src.lineOf(v.start()), how, confidence));
            unresolved.remove(key);
            return;
        }
        if (v == null || v.value() == null) {
            if (v != null && v.printed().isEmpty()) {
                emptyInSource.add(key);
            }
            unresolved.add(key);
            return;
        }
        // keep what was printed when it says more than the number: units, blank marks
        boolean keepRaw = (column.kind() == ValueKind.AMOUNT_WAN_YUAN
                || !v.printed().equals(v.value().toPlainString())) && StoredFigure.rawFits(v.printed());
        values.put(key, CellValue.of(v.value(), keepRaw ? v.printed() : null));
        provenance.put(key, new Provenance(v.start(), v.end(), src.lineOf(v.start()), how, confidence));
        unresolved.remove(key);
    }

    /** Takes over what another reading of one region found. */
    void addAll(ParsedCells other) {
        values.putAll(other.values);
        provenance.putAll(other.provenance);
        other.values.keySet().forEach(unresolved::remove);
        other.unresolved.stream().filter(k -> !values.containsKey(k)).forEach(unresolved::add);
        notes.addAll(other.notes);
        emptyInSource.addAll(other.emptyInSource);
        printFindings.addAll(other.printFindings);
    }

    void unread(List<String> keys) {
        for (String k : keys) {
            if (!values.containsKey(k)) {
                unresolved.add(k);
            }
        }
    }

    /** A note under the bundle key {@code import.note.<code>}. */
    void note(String code, Object... args) {
        note(code, Message.of("import.note." + code, args));
    }

    void note(String code, Message message) {
        notes.add(new ImportNote(code, message));
    }
}
