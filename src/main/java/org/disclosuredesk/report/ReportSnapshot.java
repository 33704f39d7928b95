package org.disclosuredesk.report;

import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact state of a report for the history: unlike the canonical JSON it keeps "not applicable"
 * apart from blank, and the raw text of each value.
 */
final class ReportSnapshot {

    private ReportSnapshot() {
    }

    static String write(ReportContent c) {
        ObjectNode root = CanonicalJson.MAPPER.createObjectNode();
        root.put("agency", c.agencyName());
        root.put("year", c.year());
        root.put("edition", c.edition().code());
        root.put("published_on", c.publishedOn() == null ? null : c.publishedOn().toString());
        ObjectNode cells = root.putObject("cells");
        c.cells().forEach((key, v) -> {
            if (v.isNumber()) {
                ObjectNode n = cells.putObject(key);
                n.put("n", v.number());
                if (v.raw() != null) {
                    n.put("raw", v.raw());
                }
            } else if (v.isNotApplicable()) {
                cells.putObject(key).put("na", true);
            }
        });
        ObjectNode texts = root.putObject("narratives");
        c.narratives().forEach((p, t) -> texts.put(p.key(), t));
        return CanonicalJson.MAPPER.writeValueAsString(root);
    }

    static ReportContent read(String json) {
        JsonNode root = CanonicalJson.MAPPER.readTree(json);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        root.path("cells").properties().forEach(e -> {
            JsonNode n = e.getValue();
            if (n.path("na").asBoolean(false)) {
                cells.put(e.getKey(), CellValue.NOT_APPLICABLE);
            } else {
                BigDecimal value = n.path("n").decimalValue();
                cells.put(e.getKey(), CellValue.of(value, n.hasNonNull("raw") ? n.get("raw").asString() : null));
            }
        });
        Map<NarrativePart, String> texts = new EnumMap<>(NarrativePart.class);
        for (NarrativePart p : NarrativePart.values()) {
            JsonNode t = root.path("narratives").path(p.key());
            if (t.isString()) {
                texts.put(p, t.asString());
            }
        }
        LocalDate published = root.hasNonNull("published_on") ? LocalDate.parse(root.get("published_on").asString())
                : null;
        return new ReportContent(root.path("agency").isString() ? root.get("agency").asString() : null,
                root.get("year").asInt(), Edition.fromCode(root.get("edition").asString()), cells, texts, published);
    }
}
