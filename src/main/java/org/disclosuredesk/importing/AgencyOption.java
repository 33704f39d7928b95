package org.disclosuredesk.importing;

import java.io.Serializable;

/** An agency the user may import a report for: what a picker shows. */
public record AgencyOption(long id, String name) implements Serializable {
}
