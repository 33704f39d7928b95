package org.disclosuredesk.opendata;

import org.disclosuredesk.audit.AuditAction;
import org.disclosuredesk.audit.AuditLog;
import org.disclosuredesk.error.UserFacingException;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.security.AppUserPrincipal;
import org.disclosuredesk.security.CurrentUser;
import org.disclosuredesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Open-data API tokens for administrators: issued for an agency of their subtree and a report scope, revoked, listed.
 * A token is 32 random bytes shown once; only its SHA-256 is stored, so a database copy gives no access.
 */
@Service
public class ApiTokenService {

    /** A token just issued: the only time its secret is known. */
    public record Issued(long id, String secret) {
    }

    static final String PREFIX = "ddk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final AccessPolicy access;
    private final AuditLog audit;

    public ApiTokenService(ApiTokenStore store, AccessPolicy access, AuditLog audit) {
        this.store = store;
        this.access = access;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<ApiToken> list() {
        return store.inSubtree(CurrentUser.require().agencyId());
    }

    /** @throws UserFacingException with an i18n key when the name is missing or too long */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public Issued issue(String name, long agencyId, ReportScope scope) {
        AppUserPrincipal admin = access.requireRead(agencyId);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new UserFacingException("api.token.error.name");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = store.insert(n, hash(secret), agencyId, scope == null ? ReportScope.PUBLISHED : scope,
                admin.username());
        audit.record(admin.username(), AuditAction.API_TOKEN_ISSUED, n, scope == null ? "PUBLISHED" : scope.name(),
                agencyId);
        return new Issued(id, secret);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public void revoke(long tokenId) {
        ApiToken token = store.find(tokenId).orElseThrow(() -> new UserFacingException("api.token.error.notFound"));
        AppUserPrincipal admin = access.requireRead(token.agencyId());
        store.revoke(tokenId);
        audit.record(admin.username(), AuditAction.API_TOKEN_REVOKED, token.name(), null, token.agencyId());
    }

    static String hash(String secret) {
        return sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex SHA-256: a token's stored form, and a response body's ETag. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
