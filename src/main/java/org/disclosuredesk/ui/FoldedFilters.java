package org.disclosuredesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * On a phone a list's or a dashboard's filters fold behind one "筛选" button, so that the first screen shows
 * figures, not fields. The folding is CSS (styles.css, max-width 700px): on a wider screen the button is hidden and
 * the filters stay open whatever the button's state.
 */
public final class FoldedFilters {

    public static final String OPEN = "filters-open";

    private FoldedFilters() {
    }

    /** A toggle for {@code filters}, which folds on a phone; {@code id} is the button's DOM id. */
    public static <T extends Component & HasStyle> Button toggle(T filters, String id) {
        filters.addClassName("foldable-filters");
        filters.setId(filters.getId().orElse(id + "-panel"));
        Button button = new Button(filters.getTranslation("filters.toggle"), VaadinIcon.FILTER.create());
        button.setId(id);
        button.addClassName("filter-toggle");
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-controls", filters.getId().orElseThrow());
        button.getElement().setAttribute("aria-expanded", "false");
        button.addClickListener(e -> {
            boolean open = !filters.hasClassName(OPEN);
            filters.setClassName(OPEN, open);
            button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        return button;
    }
}
