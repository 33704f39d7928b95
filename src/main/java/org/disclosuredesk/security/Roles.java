package org.disclosuredesk.security;

/**
 * The role names as compile-time constants, because annotations ({@code @RolesAllowed}, {@code @PreAuthorize})
 * cannot refer to {@link Role} values. {@code RolesTest} keeps them equal to the enum's names.
 */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
