package org.disclosuredesk.importer;

import java.util.List;

/** The text of a document as the parser sees it. Table rows from real tables are tab-separated cells. */
record ExtractedText(String text, SourceFormat format, List<ImportNote> notes) {
}
