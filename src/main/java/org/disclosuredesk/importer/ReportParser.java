package org.disclosuredesk.importer;

import org.disclosuredesk.template.BalanceRule;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.PartHeading;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.validation.Finding;
import org.disclosuredesk.validation.Validator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the text of an annual report into its figures, driven by the template model: part headings
 * delimit the regions, the template's row and column labels find the rows, its columns say how many
 * values a row has, its balance rules decide how digits that ran together split.
 */
final class ReportParser {

    /** Without a title, at least this many rows of part 三 must be found to call it a report. */
    private static final int MIN_ROWS_WITHOUT_TITLE = 8;

    private ReportParser() {
    }

    static ImportResult parse(ExtractedText extracted) throws ImportException {
        SourceText src = SourceText.of(extracted.text());
        KeyStream doc = KeyStream.of(src, 0, src.length());
        TitleReader.Title title = TitleReader.read(src);
        Map<PartHeading, PartLocator.Found> parts = PartLocator.locate(src, doc);
        EditionDetector.Result edition = EditionDetector.detect(doc.text, title.year());
        Template template = Template.of(edition.edition());
        List<BalanceRule> rules = template.balanceRules();

        ParsedCells cells = new ParsedCells();
        cells.notes.addAll(extracted.notes());
        int[] s2 = tableRegion(src, parts, PartHeading.PROACTIVE);
        int[] s3 = tableRegion(src, parts, PartHeading.REQUESTS);
        int[] s4 = tableRegion(src, parts, PartHeading.REVIEW_LITIGATION);
        boolean titled = title.titleEnd() >= 0 && title.year() != null;
        String overview = narrative(src, parts, PartHeading.OVERVIEW, -1);
        if (s2 != null) {
            TableReader.read(src, s2[0], s2[1], RowSpec.of(template.tablesOfPart("s2"), template.edition()), rules,
                    NarrativeFigures.of(overview), cells);
        }
        int s3Labelled = 0;
        if (s3 != null) {
            List<RowSpec> s3Rows = RowSpec.of(template.tablesOfPart("s3"), template.edition());
            OtherHandling.Form single = OtherHandling.singleRowInstead(src, s3[0], s3[1], template, s3Rows);
            ParsedCells asSingle = new ParsedCells();
            int labelled = single == null ? 0 : TableReader.read(src, s3[0], s3[1], single.rows(), single.rules(), asSingle);
            if (single != null && single.read(asSingle)) {
                s3Labelled = labelled;
                cells.addAll(asSingle);
                cells.note("OTHER_HANDLING_SINGLE_ROW");
            } else {
                s3Labelled = TableReader.read(src, s3[0], s3[1], s3Rows, rules, cells);
            }
        }
        int s4End = -1;
        if (s4 != null) {
            s4End = LayoutTableReader.read(src, s4[0], s4[1], template.table("s4"), rules, cells);
        }
        if (!titled && s3Labelled < MIN_ROWS_WITHOUT_TITLE || titled && parts.size() < 3 && s3Labelled < 3) {
            throw new ImportException(ImportFailure.NOT_A_REPORT);
        }
        if (title.year() == null) {
            throw new ImportException(ImportFailure.NOT_A_REPORT, "未找到报告年度 / report year not found", null);
        }
        for (String key : template.cellKeys()) {
            if (!cells.values.containsKey(key)) {
                cells.unresolved.add(key);
            }
        }
        long empty = cells.emptyInSource.stream().filter(k -> !cells.values.containsKey(k)).count();
        if (empty > 0) {
            cells.note("EMPTY_CELLS", empty);
        }
        noteEdition(edition, title.year(), cells);
        if (title.agency() == null) {
            cells.note("AGENCY_NOT_FOUND");
        }

        Map<NarrativePart, String> narratives = new EnumMap<>(NarrativePart.class);
        narratives.put(NarrativePart.OVERVIEW, overview);
        narratives.put(NarrativePart.PROBLEMS, narrative(src, parts, PartHeading.PROBLEMS, s4End));
        narratives.put(NarrativePart.OTHER, narrative(src, parts, PartHeading.OTHER, -1));

        Map<String, CellValue> ordered = new LinkedHashMap<>();
        for (String key : template.cellKeys()) {
            CellValue v = cells.values.get(key);
            if (v != null) {
                ordered.put(key, v);
            }
        }
        // rows printed in the other edition's form (the single （六） row), after the edition's own
        cells.values.forEach(ordered::putIfAbsent);
        ReportContent report = new ReportContent(title.agency(), title.year(), edition.edition(), ordered, narratives,
                title.publishedOn());
        List<Finding> findings = new ArrayList<>(Validator.validate(report));
        findings.addAll(cells.printFindings);
        List<String> unresolved = template.cellKeys().stream().filter(cells.unresolved::contains).toList();
        return new ImportResult(report, unresolved, cells.provenance, findings, extracted.text(), extracted.format(),
                cells.notes);
    }

    /**
     * From the end of the part's heading to the next heading found. Tables hold no sentences, so the
     * region also ends at the first "。" after its first figure (a part 五 printed without its heading).
     */
    private static int[] tableRegion(SourceText src, Map<PartHeading, PartLocator.Found> parts, PartHeading part) {
        PartLocator.Found h = parts.get(part);
        if (h == null) {
            return null;
        }
        int end = nextHeadingStart(src, parts, part);
        boolean seenDigit = false;
        for (int i = h.end(); i < end; i++) {
            char c = src.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
            } else if (c == '。' && seenDigit) {
                end = i;
                break;
            }
        }
        return new int[]{h.end(), end};
    }

    private static int nextHeadingStart(SourceText src, Map<PartHeading, PartLocator.Found> parts, PartHeading part) {
        for (PartHeading later : PartHeading.values()) {
            if (later.ordinal() > part.ordinal() && parts.containsKey(later)) {
                return parts.get(later).start();
            }
        }
        return src.length();
    }

    private static String narrative(SourceText src, Map<PartHeading, PartLocator.Found> parts, PartHeading part,
                                    int fallbackStart) {
        PartLocator.Found h = parts.get(part);
        int start = h != null ? h.end() : fallbackStart;
        if (start < 0) {
            return "";
        }
        if (h == null) {
            // after the last figure of the table before: begin on the next line
            while (start < src.length() && src.charAt(start) != '\n') {
                start++;
            }
        }
        int end = nextHeadingStart(src, parts, part);
        if (h == null && end <= start) {
            return "";
        }
        return NarrativeText.of(src, start, end);
    }

    private static void noteEdition(EditionDetector.Result e, Integer year, ParsedCells cells) {
        if (e.fromYear()) {
            cells.note("EDITION_FROM_YEAR", e.edition().code());
        } else {
            int other = e.evidence().entrySet().stream().filter(x -> x.getKey() != e.edition())
                    .mapToInt(Map.Entry::getValue).sum();
            if (other > 0) {
                cells.note("EDITIONS_MIXED", e.edition().code());
            }
        }
        if (year != null && Edition.forYear(year) != e.edition()) {
            cells.note("EDITION_YEAR_MISMATCH", String.valueOf(year), e.edition().code());
        }
    }
}
