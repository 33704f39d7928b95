package org.disclosuredesk.importer;

/** The kinds of document the importer reads. */
public enum SourceFormat {
    PDF, HTML, DOCX, TEXT
}
