package org.disclosuredesk.importer;

/** Something the user should know about an import that is not a consistency finding. */
public record ImportNote(String code, String messageZh, String messageEn) {

    public String message(boolean chinese) {
        return chinese ? messageZh : messageEn;
    }
}
