package org.disclosuredesk.importing;

import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportNote;
import org.disclosuredesk.importer.ImportResult;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.importer.SourceFormat;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.validation.Finding;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One uploaded file after reading, as a session keeps it: what was detected and counted, or why it
 * failed, plus the extracted text (compressed) so it can be reviewed. The file's bytes are not kept;
 * {@link #reread()} parses the kept text again, which gives the same result as the first reading.
 *
 * @param id         key of this file in the user's import list
 * @param agencyName the agency as printed in the report, or null
 * @param cellsRead  cells the importer read for sure
 * @param failureKey    translation key of why the file could not be imported, or null when it was
 * @param failureDetail what the key's message is about (sizes, limits), or null
 */
public record ImportedFile(String id, String fileName, long size, SourceFormat format, String agencyName,
                           Integer year, Edition edition, int cellsRead, int unresolved, int findings, int errors,
                           List<ImportNote> notes, String failureKey, String failureDetail, CompressedText source)
        implements Serializable {

    private static final String FAILURE_PREFIX = "import.failure.";

    public ImportedFile {
        notes = List.copyOf(notes);
    }

    /** A fresh key for a file in an import list: unguessable, short. */
    public static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static ImportedFile read(String id, String fileName, long size, ImportResult result) {
        int errors = (int) result.findings().stream().filter(Finding::isError).count();
        return new ImportedFile(id, fileName, size, result.format(), result.report().agencyName(),
                result.report().year(), result.report().edition(), result.report().cells().size(),
                result.unresolved().size(), result.findings().size(), errors, result.notes(), null, null,
                CompressedText.of(result.sourceText()));
    }

    /** A file that failed for a reason outside the importer, e.g. {@code import.upload.serverError}. */
    public static ImportedFile failed(String id, String fileName, long size, String failureKey) {
        return new ImportedFile(id, fileName, size, null, null, null, null, 0, 0, 0, 0, List.of(), failureKey,
                null, null);
    }

    public static ImportedFile failed(String id, String fileName, long size, ImportException e) {
        return new ImportedFile(id, fileName, size, null, null, null, null, 0, 0, 0, 0, List.of(),
                e.failure().messageKey(), e.detail(), null);
    }

    public boolean succeeded() {
        return failureKey == null;
    }

    /** The importer's failure, or empty for a success or a failure outside the importer. */
    public Optional<ImportFailure> importFailure() {
        if (failureKey == null || !failureKey.startsWith(FAILURE_PREFIX)) {
            return Optional.empty();
        }
        return Optional.of(ImportFailure.valueOf(failureKey.substring(FAILURE_PREFIX.length())));
    }

    /** The message without the translation bundles (logs, tests); views translate {@link #failureKey()}. */
    public String failure(boolean chinese) {
        if (failureKey == null) {
            return null;
        }
        return importFailure().map(f -> new ImportException(f, failureDetail, null).message(chinese)).orElse(failureKey);
    }

    /** Bytes this file costs a session: its compressed text. */
    public long keptBytes() {
        return source == null ? 0 : source.compressedSize();
    }

    /** The same row without its text, failed for the reason given (the session could not keep the text). */
    public ImportedFile withoutText(ImportFailure why) {
        return new ImportedFile(id, fileName, size, null, null, null, null, 0, 0, 0, 0, List.of(),
                why.messageKey(), null, null);
    }

    /**
     * The full import result again, from the kept text. The parser depends on the text alone, so this is
     * the result of the first reading; format and notes (some come from extraction) are the kept ones.
     */
    public ImportResult reread() throws ImportException {
        if (!succeeded()) {
            throw new IllegalStateException("File " + fileName + " was not imported");
        }
        ImportResult again = ReportImporter.importText(source.text());
        return new ImportResult(again.report(), again.unresolved(), again.provenance(), again.findings(),
                again.sourceText(), format, notes);
    }
}
