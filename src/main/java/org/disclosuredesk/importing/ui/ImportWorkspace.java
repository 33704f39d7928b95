package org.disclosuredesk.importing.ui;

import com.vaadin.flow.server.VaadinSession;
import org.disclosuredesk.importer.ImportFailure;
import org.disclosuredesk.importer.ImportLimits;
import org.disclosuredesk.importing.ImportedFile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's list of read files, kept in the Vaadin session so that the batch list survives a trip to
 * the review screen and back. It holds compact {@link ImportedFile}s (counts plus compressed text, a few
 * kilobytes each, never the uploaded bytes), at most {@code maxFiles} rows and {@code maxTextBytes} of
 * compressed text. Beyond that a new file is refused (and the user told); rows already there are never
 * dropped or changed behind the user's back, so a review in progress keeps its text.
 */
final class ImportWorkspace implements Serializable {

    /** What became of a file offered to the list. */
    enum Added { ADDED, ADDED_WITHOUT_TEXT, REFUSED }

    private final int maxFiles;
    private final long maxTextBytes;
    private long keptBytes;

    private final LinkedHashMap<String, ImportedFile> files = new LinkedHashMap<>();
    /** Files saved as drafts: id → the report page they went to. */
    private final Map<String, String> saved = new HashMap<>();

    /** The workspace of the current session; call with the session locked (any UI code is). */
    static ImportWorkspace current(ImportLimits limits) {
        VaadinSession session = VaadinSession.getCurrent();
        ImportWorkspace workspace = session.getAttribute(ImportWorkspace.class);
        if (workspace == null) {
            workspace = new ImportWorkspace(limits.sessionMaxFiles(), limits.sessionMaxTextBytes());
            session.setAttribute(ImportWorkspace.class, workspace);
        }
        return workspace;
    }

    ImportWorkspace(int maxFiles, long maxTextBytes) {
        this.maxFiles = maxFiles;
        this.maxTextBytes = maxTextBytes;
    }

    /**
     * Adds a row unless the list is full. A read file whose text would pass the text budget still gets its
     * row, as failed with {@code SESSION_FULL}: the user sees which file was not kept.
     */
    Added add(ImportedFile file) {
        if (files.size() >= maxFiles) {
            return Added.REFUSED;
        }
        if (keptBytes + file.keptBytes() > maxTextBytes) {
            files.put(file.id(), file.withoutText(ImportFailure.SESSION_FULL));
            return Added.ADDED_WITHOUT_TEXT;
        }
        files.put(file.id(), file);
        keptBytes += file.keptBytes();
        return Added.ADDED;
    }

    int maxFiles() {
        return maxFiles;
    }

    long maxTextBytes() {
        return maxTextBytes;
    }

    /** Compressed text held by this list. */
    long keptBytes() {
        return keptBytes;
    }

    int size() {
        return files.size();
    }

    Optional<ImportedFile> get(String id) {
        return Optional.ofNullable(files.get(id));
    }

    List<ImportedFile> all() {
        return new ArrayList<>(files.values());
    }

    void markSaved(String id, String reportRoute) {
        if (files.containsKey(id)) {
            saved.put(id, reportRoute);
        }
    }

    Optional<String> savedAs(String id) {
        return Optional.ofNullable(saved.get(id));
    }

    void clear() {
        files.clear();
        saved.clear();
        keptBytes = 0;
    }
}
