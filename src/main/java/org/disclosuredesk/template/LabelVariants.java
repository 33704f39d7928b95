package org.disclosuredesk.template;

import java.util.List;
import java.util.Map;

/**
 * Row labels as real reports print them when they differ from the official wording (older or newer
 * wording of the same row). Numbering styles (1. / 1、 / （1）) and punctuation need no entry:
 * the importer ignores them.
 */
public final class LabelVariants {

    private static final Map<Edition, Map<String, List<String>>> VARIANTS = Map.of(
            // many 2021-edition reports keep the 2019 wording 规范性文件
            Edition.E2021, Map.of("normative_documents", List.of("规范性文件")),
            Edition.E2019, Map.of("normative_documents", List.of("行政规范性文件")));

    private LabelVariants() {
    }

    /** Alternative printed labels of a row, besides {@link Row#labelZh()}. */
    public static List<String> of(Edition edition, String rowKey) {
        return VARIANTS.getOrDefault(edition, Map.of()).getOrDefault(rowKey, List.of());
    }
}
