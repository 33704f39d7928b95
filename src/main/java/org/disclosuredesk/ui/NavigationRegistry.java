package org.disclosuredesk.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.List;
import java.util.Set;

/**
 * The side-navigation entries. Features register their top-level views here so the shell does not
 * import any feature's views.
 */
@org.springframework.stereotype.Component
public class NavigationRegistry {

    public record Entry(String titleKey, Class<? extends com.vaadin.flow.component.Component> view, VaadinIcon icon,
                        int order, Set<String> roles) {
    }

    private final List<Entry> entries;

    public NavigationRegistry(List<NavigationContribution> contributions) {
        this.entries = contributions.stream().map(NavigationContribution::entry)
                .sorted(java.util.Comparator.comparingInt(Entry::order)).toList();
    }

    public List<Entry> entriesFor(AuthenticationContext auth) {
        return entries.stream().filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(auth::hasRole))
                .toList();
    }
}
