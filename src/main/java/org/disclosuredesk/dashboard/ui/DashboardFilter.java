package org.disclosuredesk.dashboard.ui;

import com.vaadin.flow.router.QueryParameters;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.metrics.ReportScope;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The dashboard filters, kept in the URL so a view can be bookmarked and shared:
 * {@code ?agency=<id>&year=<report year>&from=<first year>&to=<last year>&scope=published|reviewed|all}.
 */
record DashboardFilter(long agencyId, int year, int fromYear, int toYear, ReportScope scope) {

    public DashboardFilter {
        year = clamp(year);
        fromYear = clamp(fromYear);
        toYear = clamp(toYear);
        if (fromYear > toYear) {
            int t = fromYear;
            fromYear = toYear;
            toYear = t;
        }
        scope = scope == null ? ReportScope.DEFAULT : scope;
    }

    public static int lastYear() {
        return Year.now().getValue();
    }

    static int clamp(int year) {
        return Math.max(DashboardService.FIRST_YEAR, Math.min(lastYear(), year));
    }

    public static DashboardFilter from(Map<String, List<String>> params, long defaultAgency, int defaultYear) {
        long agency = parse(params, "agency", defaultAgency);
        int year = (int) parse(params, "year", defaultYear);
        int to = (int) parse(params, "to", Math.max(year, defaultYear));
        int from = (int) parse(params, "from", DashboardService.FIRST_YEAR);
        List<String> scope = params.get("scope");
        return new DashboardFilter(agency, year, from, to,
                ReportScope.fromParam(scope == null || scope.isEmpty() ? null : scope.get(0)));
    }

    public QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("agency", List.of(String.valueOf(agencyId)));
        p.put("year", List.of(String.valueOf(year)));
        p.put("from", List.of(String.valueOf(fromYear)));
        p.put("to", List.of(String.valueOf(toYear)));
        p.put("scope", List.of(scope.param()));
        return new QueryParameters(p);
    }

    public DashboardFilter withAgency(long id) {
        return new DashboardFilter(id, year, fromYear, toYear, scope);
    }

    public DashboardFilter withYear(int y) {
        return new DashboardFilter(agencyId, y, fromYear, toYear, scope);
    }

    public DashboardFilter withRange(int from, int to) {
        return new DashboardFilter(agencyId, year, from, to, scope);
    }

    public DashboardFilter withScope(ReportScope s) {
        return new DashboardFilter(agencyId, year, fromYear, toYear, s);
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(fromYear, toYear).boxed().toList();
    }

    private static long parse(Map<String, List<String>> params, String key, long fallback) {
        List<String> v = params.get(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.get(0).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
