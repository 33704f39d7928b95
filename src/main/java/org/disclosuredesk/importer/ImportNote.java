package org.disclosuredesk.importer;

import org.disclosuredesk.i18n.Message;
import org.disclosuredesk.i18n.Messages;

/** Something the user should know about an import that is not a consistency finding. */
public record ImportNote(String code, Message message) {

    public String message(boolean chinese) {
        return Messages.render(message, chinese);
    }
}
