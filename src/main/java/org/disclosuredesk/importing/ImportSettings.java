package org.disclosuredesk.importing;

import org.disclosuredesk.importer.ImportLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** {@code app.import.*}: the limits of {@link ImportLimits}, settable per installation. */
@ConfigurationProperties("app.import")
public record ImportSettings(@DefaultValue("20MB") DataSize maxFileSize,
                             @DefaultValue("200") int maxPages,
                             @DefaultValue("2000000") int maxChars,
                             @DefaultValue("16MB") DataSize maxStreamPerPage,
                             @DefaultValue("128MB") DataSize maxStreamPerDocument,
                             @DefaultValue("8MB") DataSize pdfMemory,
                             @DefaultValue("30s") Duration parseTimeout,
                             @DefaultValue("10s") Duration slotWait,
                             @DefaultValue("2") int parseSlots,
                             @DefaultValue("200") int sessionMaxFiles,
                             @DefaultValue("4MB") DataSize sessionMaxText) {

    public ImportLimits limits() {
        return new ImportLimits(maxFileSize.toBytes(), maxPages, maxChars, maxStreamPerPage.toBytes(),
                maxStreamPerDocument.toBytes(), pdfMemory.toBytes(), parseTimeout, slotWait, parseSlots,
                sessionMaxFiles, sessionMaxText.toBytes());
    }
}
