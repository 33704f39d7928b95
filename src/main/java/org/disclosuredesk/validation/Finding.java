package org.disclosuredesk.validation;

import java.util.List;

/** One broken rule: which rule, how bad, which cells, and what to tell the user in both languages. */
public record Finding(String ruleId, Severity severity, List<String> cells, String messageZh, String messageEn) {

    public Finding {
        cells = List.copyOf(cells);
    }

    public String message(boolean chinese) {
        return chinese ? messageZh : messageEn;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
