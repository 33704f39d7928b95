package org.disclosuredesk.template;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of one annual report as plain values: what the validator checks, the importer
 * produces and the exporters write. A cell missing from {@code cells} is blank.
 *
 * @param publishedOn the date the report was published, or null if not (yet) known
 */
public record ReportContent(String agencyName, int year, Edition edition, Map<String, CellValue> cells,
                            Map<NarrativePart, String> narratives, LocalDate publishedOn) {

    public ReportContent {
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        EnumMap<NarrativePart, String> n = new EnumMap<>(NarrativePart.class);
        n.putAll(narratives);
        narratives = Collections.unmodifiableMap(n);
    }

    public Template template() {
        return Template.of(edition);
    }

    public CellValue cell(String key) {
        return cells.getOrDefault(key, CellValue.BLANK);
    }

    public String narrative(NarrativePart part) {
        return narratives.getOrDefault(part, "");
    }

    public ReportContent withCell(String key, CellValue value) {
        Map<String, CellValue> copy = new LinkedHashMap<>(cells);
        copy.put(key, value);
        return new ReportContent(agencyName, year, edition, copy, narratives, publishedOn);
    }

    public ReportContent withNarrative(NarrativePart part, String text) {
        Map<NarrativePart, String> copy = new EnumMap<>(NarrativePart.class);
        copy.putAll(narratives);
        copy.put(part, text);
        return new ReportContent(agencyName, year, edition, cells, copy, publishedOn);
    }
}
