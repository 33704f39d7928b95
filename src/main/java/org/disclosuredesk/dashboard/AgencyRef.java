package org.disclosuredesk.dashboard;

/** An agency as the dashboard filters name it. */
public record AgencyRef(long id, String name, String kind, int depth) {
}
