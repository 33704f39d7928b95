package org.disclosuredesk.opendata;

import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.Role;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Turns a bearer token into the API's caller, and the caller into the principal the services check: a reader
 * (role VIEWER) of the token's agency subtree, so the API is scoped by the same rules as the screens.
 */
@Component
class ApiTokenAuthenticator {

    private final ApiTokenStore store;

    ApiTokenAuthenticator(ApiTokenStore store) {
        this.store = store;
    }

    Optional<ApiClient> authenticate(String secret) {
        if (secret == null || !secret.startsWith(ApiTokenService.PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return store.findActive(ApiTokenService.hash(secret)).map(t -> {
            store.touch(t.id());
            return new ApiClient(t.id(), t.name(), t.agencyId(), t.scope());
        });
    }

    static AppUserPrincipal principal(ApiClient client) {
        return new AppUserPrincipal(-client.tokenId(), "api:" + client.name(), "", client.name(), Role.VIEWER,
                client.agencyId(), true);
    }
}
