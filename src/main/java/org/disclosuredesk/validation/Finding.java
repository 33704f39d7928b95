package org.disclosuredesk.validation;

import org.disclosuredesk.i18n.Message;

import java.util.List;

/**
 * One broken rule: which rule, how bad, which cells, and what to tell the user — a bundle key with its arguments,
 * rendered in the reader's language by {@link org.disclosuredesk.i18n.Messages}.
 *
 * @param cells all cells the rule involves
 * @param focus the cells the finding is about (e.g. the total that disagrees with its parts); a subset of cells
 */
public record Finding(String ruleId, Severity severity, List<String> cells, List<String> focus, Message message) {

    public Finding {
        cells = List.copyOf(cells);
        focus = List.copyOf(focus);
    }

    /** A finding about every cell it names. */
    public Finding(String ruleId, Severity severity, List<String> cells, Message message) {
        this(ruleId, severity, cells, cells, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
