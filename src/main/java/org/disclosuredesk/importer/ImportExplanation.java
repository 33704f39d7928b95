package org.disclosuredesk.importer;

import org.disclosuredesk.template.CellDef;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code import --explain} prints for one file: a summary line, then one tab-separated line per cell —
 * key, value, part and official labels, where in the extracted text it was read (line, and how the row was
 * found), how sure the reading is, and the characters it was read from — and the importer's notes. Meant for a
 * person checking an import, or for grep; the canonical JSON stays the machine-readable output.
 */
public final class ImportExplanation {

    private ImportExplanation() {
    }

    public static List<String> lines(String file, ImportResult r) {
        ReportContent report = r.report();
        Set<String> keys = new LinkedHashSet<>(report.template().cellKeys());
        keys.addAll(report.cells().keySet()); // rows printed in the other edition's form
        int read = 0;
        int inferred = 0;
        List<String> cells = new ArrayList<>();
        for (String key : keys) {
            CellValue v = report.cell(key);
            Provenance p = r.provenance().get(key);
            boolean hasValue = v != null && !v.isBlank();
            if (hasValue) {
                read++;
                if (p != null && p.inferred()) {
                    inferred++;
                }
            }
            cells.add(cellLine(key, v, p, r));
        }
        List<String> out = new ArrayList<>();
        out.add("# " + file + ": format " + r.format() + ", edition " + report.edition().code() + ", year "
                + report.year() + "; " + read + " cells read (" + (read - inferred) + " certain, " + inferred
                + " inferred), " + r.unresolved().size() + " unread");
        out.add("# key\tvalue\tpart and labels\tline\tfound by\tconfidence\tprinted");
        out.addAll(cells);
        for (ImportNote note : r.notes()) {
            out.add("# note " + note.code() + ": " + note.message(false));
        }
        return out;
    }

    private static String cellLine(String key, CellValue v, Provenance p, ImportResult r) {
        String where = label(key, r.report().edition());
        if (v == null || v.isBlank() || p == null) {
            return String.join("\t", key, "", where, "", "", r.unresolved().contains(key) ? "UNREAD" : "BLANK", "");
        }
        String printed = r.sourceText().substring(p.start(), p.end()).replace('\n', ' ').replace('\t', ' ');
        return String.join("\t", key, v.isNotApplicable() ? "n/a" : v.display(), where, "line " + p.line(),
                p.how().name(), p.confidence().name(), "\"" + printed + "\"");
    }

    /** "三 （六）其他处理 / 自然人": the part's numeral and the official labels, from either edition's template. */
    private static String label(String key, Edition edition) {
        Optional<CellDef> def = Template.of(edition).cell(key);
        for (Edition other : Edition.values()) {
            if (def.isPresent()) {
                break;
            }
            def = Template.of(other).cell(key);
        }
        if (def.isEmpty()) {
            return key;
        }
        CellDef d = def.get();
        String title = d.table().part().equals("s2") ? d.table().title(true) + " " : "";
        return PartHeading.of(d.table().part()).numeral() + " " + title + d.label(true);
    }
}
