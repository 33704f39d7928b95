package org.disclosuredesk.opendata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.disclosuredesk.dashboard.DashboardService;
import org.disclosuredesk.dashboard.Headline;
import org.disclosuredesk.dashboard.Metric;
import org.disclosuredesk.dashboard.RollupFigures;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.export.ReportCsvExporter;
import org.disclosuredesk.export.SpreadsheetText;
import org.disclosuredesk.metrics.ReportScope;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.PublishedRevision;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.security.AccessPolicy;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The read-only open-data API (docs: {@value #OPENAPI}): a report per agency and year, the reports of a region and
 * year in bulk (JSON Lines or CSV, paged, streamed), and a region's aggregates from the rollups. What a token reads
 * is the published revision unless its scope allows more (an approved report, or the working revision of any).
 * Every answer carries an ETag (and a report its Last-Modified), so harvesters re-fetch only what changed.
 */
@RestController
@RequestMapping("/api/v1")
class OpenDataController {

    static final String OPENAPI = "/api/v1/openapi.json";
    static final int MAX_PAGE_SIZE = 500;
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ReportService reports;
    private final DashboardService dashboards;
    private final AccessPolicy access;

    OpenDataController(ReportService reports, DashboardService dashboards, AccessPolicy access) {
        this.reports = reports;
        this.dashboards = dashboards;
        this.access = access;
    }

    /** A revision the caller may read: the content, its findings and what it is. */
    private record Served(ReportContent content, List<Finding> findings, String revision) {
    }

    @GetMapping("/openapi.json")
    void openApi(HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (var in = new ClassPathResource("opendata/openapi.json").getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/reports/{agencyId}/{year}")
    void report(@PathVariable long agencyId, @PathVariable int year,
                @RequestParam(defaultValue = "json") String format,
                @RequestAttribute(ApiTokenFilter.CLIENT) ApiClient client,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        checkYear(year);
        boolean csv = format(format);
        access.requireRead(agencyId);
        LoadedReport loaded = reports.find(agencyId, year).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "not-found", "No report of agency " + agencyId + " for " + year + "."));
        Served served = servable(loaded, client).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "not-published", "The report of agency " + agencyId + " for " + year
                        + " is not published (this token reads " + client.scope().param() + " reports)."));
        byte[] body = csv ? ReportCsvExporter.render(served.content()).getBytes(StandardCharsets.UTF_8)
                : CanonicalJson.MAPPER.writeValueAsBytes(CanonicalJson.toJson(served.content(), served.findings(),
                List.of()));
        response.setHeader("X-Report-Revision", served.revision());
        send(request, response, body, csv ? CSV : MediaType.APPLICATION_JSON,
                loaded.report().getUpdatedAt().toEpochMilli());
    }

    @GetMapping("/regions/{agencyId}/{year}/reports")
    void regionReports(@PathVariable long agencyId, @PathVariable int year,
                       @RequestParam(defaultValue = "jsonl") String format,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
                       @RequestAttribute(ApiTokenFilter.CLIENT) ApiClient client,
                       HttpServletRequest request, HttpServletResponse response) throws IOException {
        checkYear(year);
        boolean csv = !"jsonl".equals(format) && format(format);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-paging",
                    "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        access.requireRead(agencyId);
        ReportListFilter filter = new ReportListFilter(null, year, null, null, null, agencyId, client.scope());
        int total = reports.count(filter);
        List<ReportListRow> rows = reports.list(filter, "agency", true, page * size, size);
        response.setHeader("X-Total-Count", String.valueOf(total));
        if ((long) (page + 1) * size < total) {
            response.setHeader("Link", "<" + request.getRequestURI() + "?format=" + (csv ? "csv" : "jsonl")
                    + "&page=" + (page + 1) + "&size=" + size + ">; rel=\"next\"");
        }
        response.setContentType((csv ? CSV : NDJSON).toString());
        response.setHeader("Cache-Control", "no-cache");
        OutputStream out = response.getOutputStream();
        if (csv) {
            out.write("\uFEFF机构ID,机构,年度,单元格,部分,行,列,数值,状态,原文\n".getBytes(StandardCharsets.UTF_8));
        }
        for (ReportListRow row : rows) {
            Optional<Served> served = reports.findById(row.reportId()).flatMap(l -> servable(l, client));
            if (served.isEmpty()) {
                continue;
            }
            ReportContent c = served.get().content();
            if (csv) {
                String prefix = row.agencyId() + "," + SpreadsheetText.csvField(row.agencyName()) + "," + row.year() + ",";
                String[] lines = ReportCsvExporter.render(c).split("\n");
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i < lines.length; i++) {
                    sb.append(prefix).append(lines[i]).append('\n');
                }
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            } else {
                ObjectNode json = CanonicalJson.toJson(c, served.get().findings(), List.of());
                json.put("agency_id", row.agencyId());
                out.write(CanonicalJson.MAPPER.writeValueAsBytes(json));
                out.write('\n');
            }
            out.flush();
        }
    }

    @GetMapping("/regions/{agencyId}/{year}/aggregates")
    void aggregates(@PathVariable long agencyId, @PathVariable int year,
                    @RequestParam(required = false) String scope,
                    @RequestAttribute(ApiTokenFilter.CLIENT) ApiClient client,
                    HttpServletRequest request, HttpServletResponse response) throws IOException {
        checkYear(year);
        ReportScope wanted = scope == null ? ReportScope.PUBLISHED : parseScope(scope);
        if (!client.allows(wanted)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "scope", "This token reads " + client.scope().param()
                    + " reports only; scope=" + wanted.param() + " needs a token issued for it.");
        }
        Headline h = dashboards.headline(agencyId, year, wanted);
        RollupFigures f = dashboards.yearly(agencyId, year, year, wanted).get(0);
        ObjectNode json = CanonicalJson.MAPPER.createObjectNode();
        json.put("agency_id", agencyId);
        json.put("year", year);
        json.put("scope", wanted.param());
        json.put("reports", h.reports());
        json.put("reports_left_out", h.reportsLeftOut());
        json.put("reporting_agencies", h.reportingAgencies());
        ObjectNode metrics = json.putObject("metrics");
        for (Metric m : Metric.values()) {
            if (h.figure(m) == null) {
                metrics.putNull(m.name().toLowerCase(java.util.Locale.ROOT));
            } else {
                metrics.put(m.name().toLowerCase(java.util.Locale.ROOT), h.figure(m));
            }
        }
        ObjectNode cells = json.putObject("cells");
        f.cells().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> cells.put(e.getKey(), e.getValue()));
        send(request, response, CanonicalJson.MAPPER.writeValueAsBytes(json), MediaType.APPLICATION_JSON, -1);
    }

    /** Anything else under /api/v1. */
    @GetMapping("/**")
    void unknown(HttpServletRequest request) {
        throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "No such resource: " + request.getRequestURI()
                + " (see " + OPENAPI + ").");
    }

    /**
     * What the caller may read of the report: the published revision (during a correction, the one published
     * before it); an approved report too when the token reads reviewed ones; the working revision of any report
     * when it reads all.
     */
    private Optional<Served> servable(LoadedReport loaded, ApiClient client) {
        ReportStatus status = loaded.report().getStatus();
        Served working = new Served(loaded.content(), loaded.findings(), "working");
        if (client.allows(ReportScope.ALL) || status == ReportStatus.PUBLISHED
                || (status == ReportStatus.APPROVED && client.allows(ReportScope.REVIEWED))) {
            return Optional.of(status == ReportStatus.PUBLISHED
                    ? new Served(loaded.content(), loaded.findings(), "published") : working);
        }
        Optional<PublishedRevision> published = reports.publishedWhileCorrecting(loaded.report().getId());
        return published.map(p -> new Served(p.content(), p.findings(), "published"));
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, MediaType type,
                             long lastModified) throws IOException {
        String etag = "\"" + ApiTokenService.sha256(body).substring(0, 32) + "\"";
        response.setHeader("Cache-Control", "no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
            return;
        }
        response.setContentType(type.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean format(String format) {
        return switch (format) {
            case "csv" -> true;
            case "json", "jsonl" -> false;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "bad-format",
                    "format must be json (jsonl for lists) or csv, not \"" + clip(format) + "\".");
        };
    }

    private static ReportScope parseScope(String scope) {
        for (ReportScope s : ReportScope.values()) {
            if (s.param().equals(scope)) {
                return s;
            }
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "bad-scope",
                "scope must be published, reviewed or all, not \"" + clip(scope) + "\".");
    }

    private static void checkYear(int year) {
        if (year < DashboardService.FIRST_YEAR || year > 2100) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-year",
                    "year must be a report year from " + DashboardService.FIRST_YEAR + ", not " + year + ".");
        }
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
