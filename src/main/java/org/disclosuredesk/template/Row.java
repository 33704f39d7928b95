package org.disclosuredesk.template;

import org.disclosuredesk.i18n.Localized;

/**
 * A row of a template table; as a message argument, its label.
 *
 * @param sectionZh the outer heading the row belongs to (e.g. 三、本年度办理结果), or null
 * @param groupZh   the inner heading (e.g. （三）不予公开), or null
 * @param computed  true when every cell of the row is a sum of other rows (（七）总计)
 */
public record Row(String key, String labelZh, String labelEn, String sectionZh, String sectionEn,
                  String groupZh, String groupEn, boolean computed) implements Localized {

    public String label(boolean chinese) {
        return chinese ? labelZh : labelEn;
    }

    @Override
    public String text(boolean chinese) {
        return label(chinese);
    }

    public String group(boolean chinese) {
        return chinese ? groupZh : groupEn;
    }

    public String section(boolean chinese) {
        return chinese ? sectionZh : sectionEn;
    }
}
