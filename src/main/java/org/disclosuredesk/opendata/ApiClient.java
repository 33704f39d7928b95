package org.disclosuredesk.opendata;

import org.disclosuredesk.metrics.ReportScope;

/** Who is calling the API: an active token, its agency subtree and the reports it may read. */
record ApiClient(long tokenId, String name, long agencyId, ReportScope scope) {

    /** Whether the token may read reports counted by {@code wanted} (published ⊂ reviewed ⊂ all). */
    boolean allows(ReportScope wanted) {
        return wanted.ordinal() <= scope.ordinal();
    }
}
