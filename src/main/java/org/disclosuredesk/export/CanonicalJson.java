package org.disclosuredesk.export;

import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;
import org.disclosuredesk.template.ValueKind;
import org.disclosuredesk.i18n.Messages;
import org.disclosuredesk.validation.Finding;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of one report (docs/format.md), written and read generically from the
 * template model: a part 二 row with one column is a scalar, an amount column is
 * {@code amount_wan_yuan} plus {@code amount_raw}, part 三 rows are arrays in column order.
 */
public final class CanonicalJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private static final String AMOUNT_SUFFIX = "_wan_yuan";
    private static final String RAW_SUFFIX = "_raw";

    private CanonicalJson() {
    }

    /** A parsed canonical document: the report plus the cells the source left unresolved. */
    public record Document(ReportContent report, List<String> unresolved) {
    }

    // ------------------------------------------------------------------ write

    public static ObjectNode toJson(ReportContent report, List<Finding> findings, List<String> unresolved) {
        Template t = report.template();
        ObjectNode root = MAPPER.createObjectNode();
        if (report.agencyName() == null) {
            root.putNull("agency");
        } else {
            root.put("agency", report.agencyName());
        }
        root.put("year", report.year());
        root.put("edition", report.edition().code());
        ObjectNode s2 = root.putObject("section2");
        for (TemplateTable table : t.tablesOfPart("s2")) {
            for (Row row : table.rows()) {
                if (table.columns().size() == 1) {
                    putValue(s2, row.key(), report.cell(table.cellKey(row, table.columns().get(0))));
                } else {
                    ObjectNode r = s2.putObject(row.key());
                    for (Column c : table.columns()) {
                        CellValue v = report.cell(table.cellKey(row, c));
                        if (c.kind() == ValueKind.AMOUNT_WAN_YUAN) {
                            putValue(r, c.key() + AMOUNT_SUFFIX, v);
                            if (v.raw() == null) {
                                r.putNull(c.key() + RAW_SUFFIX);
                            } else {
                                r.put(c.key() + RAW_SUFFIX, v.raw());
                            }
                        } else {
                            putValue(r, c.key(), v);
                        }
                    }
                }
            }
        }
        TemplateTable s3 = t.table("s3");
        ObjectNode s3Node = root.putObject("section3");
        ArrayNode columns = s3Node.putArray("columns");
        s3.columns().forEach(c -> columns.add(c.key()));
        ObjectNode rows = s3Node.putObject("rows");
        for (Row row : allSection3Rows()) {
            // a row of the other edition is null, unless the report printed it (the single （六） row of 2019)
            if (!s3.rows().contains(row) && s3.columns().stream().allMatch(c -> report.cell(s3.cellKey(row, c)).isBlank())) {
                rows.putNull(row.key());
                continue;
            }
            ArrayNode values = rows.putArray(row.key());
            for (Column c : s3.columns()) {
                addValue(values, report.cell(s3.cellKey(row, c)));
            }
        }
        TemplateTable s4 = t.table("s4");
        ObjectNode s4Node = root.putObject("section4");
        for (Row g : s4.rows()) {
            ObjectNode group = s4Node.putObject(g.key());
            for (Column c : s4.columns()) {
                putValue(group, c.key(), report.cell(s4.cellKey(g, c)));
            }
        }
        ObjectNode narratives = root.putObject("narratives");
        for (NarrativePart p : NarrativePart.values()) {
            narratives.put(p.key(), report.narrative(p));
        }
        ArrayNode f = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode n = f.addObject();
            n.put("rule", finding.ruleId());
            n.put("severity", finding.severity().code());
            ArrayNode cells = n.putArray("cells");
            finding.cells().forEach(cells::add);
            n.put("message", Messages.render(finding.message(), Messages.CHINESE));
            n.put("message_en", Messages.render(finding.message(), Messages.ENGLISH));
        }
        ArrayNode u = root.putArray("unresolved");
        unresolved.forEach(u::add);
        return root;
    }

    public static String toJsonLine(ReportContent report, List<Finding> findings, List<String> unresolved) {
        return MAPPER.writeValueAsString(toJson(report, findings, unresolved));
    }

    /** Rows of part 三 of both editions (2021's order, 2019's single （六） row after the 2021 ones). */
    private static List<Row> allSection3Rows() {
        List<Row> rows = new ArrayList<>(Template.of(Edition.E2021).table("s3").rows());
        Row single = Template.of(Edition.E2019).table("s3").row("other_single");
        rows.add(rows.size() - 2, single);
        return rows;
    }

    private static void putValue(ObjectNode node, String field, CellValue v) {
        if (v.isNumber()) {
            node.put(field, v.number());
        } else {
            node.putNull(field);
        }
    }

    private static void addValue(ArrayNode node, CellValue v) {
        if (v.isNumber()) {
            node.add(v.number());
        } else {
            node.addNull();
        }
    }

    // ------------------------------------------------------------------ read

    public static Document read(String json) {
        return read(MAPPER.readTree(json));
    }

    public static Document read(JsonNode root) {
        int year = root.get("year").asInt();
        Edition edition = root.hasNonNull("edition") ? Edition.fromCode(root.get("edition").asString())
                : Edition.forYear(year);
        Template t = Template.of(edition);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        JsonNode s2 = root.path("section2");
        for (TemplateTable table : t.tablesOfPart("s2")) {
            for (Row row : table.rows()) {
                JsonNode r = s2.path(row.key());
                if (table.columns().size() == 1) {
                    cells.put(table.cellKey(row, table.columns().get(0)), valueOf(r, null));
                    continue;
                }
                for (Column c : table.columns()) {
                    if (c.kind() == ValueKind.AMOUNT_WAN_YUAN) {
                        JsonNode raw = r.path(c.key() + RAW_SUFFIX);
                        cells.put(table.cellKey(row, c), valueOf(r.path(c.key() + AMOUNT_SUFFIX),
                                raw.isString() ? raw.asString() : null));
                    } else {
                        cells.put(table.cellKey(row, c), valueOf(r.path(c.key()), null));
                    }
                }
            }
        }
        TemplateTable s3 = t.table("s3");
        JsonNode rows = root.path("section3").path("rows");
        for (Row row : s3.rows()) {
            JsonNode values = rows.path(row.key());
            for (int i = 0; i < s3.columns().size(); i++) {
                cells.put(s3.cellKey(row, s3.columns().get(i)), valueOf(values.path(i), null));
            }
        }
        for (Row row : allSection3Rows()) {
            JsonNode values = rows.path(row.key());
            if (!s3.rows().contains(row) && values.isArray()) {
                for (int i = 0; i < s3.columns().size(); i++) {
                    CellValue v = valueOf(values.path(i), null);
                    if (!v.isBlank()) {
                        cells.put(s3.cellKey(row, s3.columns().get(i)), v);
                    }
                }
            }
        }
        TemplateTable s4 = t.table("s4");
        for (Row g : s4.rows()) {
            for (Column c : s4.columns()) {
                cells.put(s4.cellKey(g, c), valueOf(root.path("section4").path(g.key()).path(c.key()), null));
            }
        }
        Map<NarrativePart, String> narratives = new EnumMap<>(NarrativePart.class);
        for (NarrativePart p : NarrativePart.values()) {
            JsonNode n = root.path("narratives").path(p.key());
            if (n.isString()) {
                narratives.put(p, n.asString());
            }
        }
        List<String> unresolved = new ArrayList<>();
        root.path("unresolved").forEach(n -> unresolved.add(n.asString()));
        for (Map.Entry<String, CellValue> e : cells.entrySet()) {
            if (e.getValue().isBlank() && !unresolved.contains(e.getKey())) {
                unresolved.add(e.getKey());
            }
        }
        JsonNode agency = root.path("agency");
        LocalDate published = root.hasNonNull("published_on") ? LocalDate.parse(root.get("published_on").asString())
                : null;
        ReportContent report = new ReportContent(agency.isString() ? agency.asString() : null, year, edition, cells,
                narratives, published);
        return new Document(report, unresolved);
    }

    private static CellValue valueOf(JsonNode node, String raw) {
        if (node == null || node.isMissingNode() || node.isNull() || !node.isNumber()) {
            return CellValue.BLANK;
        }
        return CellValue.of(node.decimalValue(), raw);
    }
}
