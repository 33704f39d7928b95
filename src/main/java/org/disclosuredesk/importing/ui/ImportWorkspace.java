package org.disclosuredesk.importing.ui;

import com.vaadin.flow.server.VaadinSession;
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
 * kilobytes each, never the uploaded bytes) and forgets the oldest beyond {@link #LIMIT}.
 */
final class ImportWorkspace implements Serializable {

    static final int LIMIT = 500;

    private final LinkedHashMap<String, ImportedFile> files = new LinkedHashMap<>();
    /** Files saved as drafts: id → the report page they went to. */
    private final Map<String, String> saved = new HashMap<>();

    /** The workspace of the current session; call with the session locked (any UI code is). */
    static ImportWorkspace current() {
        VaadinSession session = VaadinSession.getCurrent();
        ImportWorkspace workspace = session.getAttribute(ImportWorkspace.class);
        if (workspace == null) {
            workspace = new ImportWorkspace();
            session.setAttribute(ImportWorkspace.class, workspace);
        }
        return workspace;
    }

    void add(ImportedFile file) {
        files.put(file.id(), file);
        while (files.size() > LIMIT) {
            String oldest = files.keySet().iterator().next();
            files.remove(oldest);
            saved.remove(oldest);
        }
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
    }
}
