package org.disclosuredesk.ui;

/** A feature's entry in the side navigation; declare one as a Spring bean in the feature's ui package. */
@FunctionalInterface
public interface NavigationContribution {
    NavigationRegistry.Entry entry();
}
