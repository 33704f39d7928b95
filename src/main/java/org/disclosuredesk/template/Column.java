package org.disclosuredesk.template;

/**
 * A column of a template table.
 *
 * @param groupZh a spanning header above the column (e.g. 法人或其他组织), or null
 * @param computed true when the official table defines it as a sum (总计): the editor shows it read-only
 */
public record Column(String key, String labelZh, String labelEn, ValueKind kind, String unitZh,
                     String groupZh, String groupEn, boolean computed) {

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }
}
