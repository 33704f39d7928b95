package org.disclosuredesk.opendata;

import org.disclosuredesk.metrics.ReportScope;

import java.time.Instant;

/** An issued API token as administrators see it (never the token itself, which is shown once). */
public record ApiToken(long id, String name, long agencyId, String agencyName, ReportScope scope, String createdBy,
                       Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
