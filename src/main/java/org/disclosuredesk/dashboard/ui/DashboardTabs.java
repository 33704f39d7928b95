package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.Locale;

/** Links between the dashboard views, carrying the current filters along. */
class DashboardTabs extends Composite<Nav> {

    enum Tab {
        OVERVIEW("dashboard", "dashboard.tab.overview"),
        PROCUREMENT("dashboard/procurement", "dashboard.tab.procurement"),
        REQUESTS("dashboard/requests", "dashboard.tab.requests"),
        APPEALS("dashboard/appeals", "dashboard.tab.appeals"),
        COMPARISON("dashboard/comparison", "dashboard.tab.comparison"),
        SUBMISSIONS("dashboard/submissions", "dashboard.tab.submissions");

        private final String route;
        private final String titleKey;

        Tab(String route, String titleKey) {
            this.route = route;
            this.titleKey = titleKey;
        }

        String route() {
            return route;
        }

        String titleKey() {
            return titleKey;
        }
    }

    private final Tab current;

    DashboardTabs(Tab current) {
        this.current = current;
        getContent().addClassName("dashboard-tabs");
        getContent().setId("dashboard-tabs");
    }

    Tab current() {
        return current;
    }

    void show(DashboardFilter filter) {
        getContent().removeAll();
        for (Tab t : Tab.values()) {
            Anchor a = new Anchor(t.route + "?" + filter.toQuery().getQueryString(), getTranslation(t.titleKey));
            a.setId("tab-" + t.name().toLowerCase(Locale.ROOT));
            a.getElement().setAttribute("router-link", true);
            if (t == current) {
                a.addClassName("selected");
            }
            getContent().add(a);
        }
    }
}
