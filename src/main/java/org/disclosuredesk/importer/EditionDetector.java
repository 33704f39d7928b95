package org.disclosuredesk.importer;

import org.disclosuredesk.template.Column;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.Row;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.template.TemplateTable;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which template a report follows, from the labels that only one edition prints (2019: 本年新制作数量,
 * 政府集中采购 …; 2021: 本年制发件数, the three （六） rows …). A label contained in a label of
 * another edition proves nothing and is left out. Nothing found → the edition of the report year.
 */
final class EditionDetector {

    record Result(Edition edition, Map<Edition, Integer> evidence, boolean fromYear) {
    }

    private static final Map<Edition, Set<String>> DISTINCTIVE = distinctive();

    private EditionDetector() {
    }

    static Result detect(String docStream, Integer year) {
        Map<Edition, Integer> scores = new EnumMap<>(Edition.class);
        for (Map.Entry<Edition, Set<String>> e : DISTINCTIVE.entrySet()) {
            int n = 0;
            for (String key : e.getValue()) {
                if (docStream.contains(key)) {
                    n++;
                }
            }
            scores.put(e.getKey(), n);
        }
        Edition best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Map.Entry<Edition, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
                tie = false;
            } else if (e.getValue() == bestScore && bestScore > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return new Result(year == null ? Edition.E2021 : Edition.forYear(year), scores, true);
        }
        return new Result(best, scores, false);
    }

    private static Map<Edition, Set<String>> distinctive() {
        Map<Edition, Set<String>> labels = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            Set<String> keys = new LinkedHashSet<>();
            for (TemplateTable t : Template.of(e).tables()) {
                for (Row r : t.rows()) {
                    keys.add(LabelKeys.of(r.labelZh()));
                    if (r.groupZh() != null) {
                        keys.add(LabelKeys.of(r.groupZh()));
                    }
                }
                for (Column c : t.columns()) {
                    keys.add(LabelKeys.of(c.labelZh()));
                }
            }
            labels.put(e, keys);
        }
        Map<Edition, Set<String>> result = new EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            Set<String> own = new HashSet<>();
            for (String key : labels.get(e)) {
                boolean elsewhere = false;
                for (Edition other : Edition.values()) {
                    if (other != e && labels.get(other).stream().anyMatch(k -> k.contains(key))) {
                        elsewhere = true;
                    }
                }
                if (!elsewhere && key.length() >= 4) {
                    own.add(key);
                }
            }
            result.put(e, Set.copyOf(own));
        }
        return result;
    }
}
