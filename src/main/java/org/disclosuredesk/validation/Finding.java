package org.disclosuredesk.validation;

import java.util.List;

/**
 * One broken rule: which rule, how bad, which cells, and what to tell the user in both languages.
 *
 * @param cells all cells the rule involves
 * @param focus the cells the finding is about (e.g. the total that disagrees with its parts); a subset of cells
 */
public record Finding(String ruleId, Severity severity, List<String> cells, List<String> focus, String messageZh,
                      String messageEn) {

    public Finding {
        cells = List.copyOf(cells);
        focus = List.copyOf(focus);
    }

    /** A finding about every cell it names. */
    public Finding(String ruleId, Severity severity, List<String> cells, String messageZh, String messageEn) {
        this(ruleId, severity, cells, cells, messageZh, messageEn);
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : messageEn;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
