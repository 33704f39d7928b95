package org.disclosuredesk.importing.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.disclosuredesk.importing.ImportService;
import org.disclosuredesk.importing.ImportedFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives one uploaded file and reads it in the upload request itself, without holding the session
 * lock (a PDF takes a moment; the UI stays responsive), then hands the compact result to the view. The
 * bytes live only while this method runs.
 */
final class ImportUploadHandler implements UploadHandler {

    private final transient ImportService service;
    private final SerializableConsumer<ImportedFile> onRead;

    ImportUploadHandler(ImportService service, SerializableConsumer<ImportedFile> onRead) {
        this.service = service;
        this.onRead = onRead;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        ImportedFile file;
        try (InputStream in = event.getInputStream()) {
            file = service.read(event.getFileName(), event.getFileSize(), in);
        }
        event.getUI().access(() -> onRead.accept(file));
    }
}
