package org.disclosuredesk.security;

/** What a user may do; every role is scoped to the subtree of the user's agency. */
public enum Role {
    /** Leadership: reads dashboards and reports. */
    VIEWER,
    /** Staff: edits the drafts of their own agency. */
    EDITOR,
    /** 主管部门: approves, returns and publishes. */
    REVIEWER,
    /** Manages users and agencies. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
