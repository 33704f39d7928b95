package org.disclosuredesk.opendata;

import org.disclosuredesk.AppTest;
import org.disclosuredesk.metrics.ReportScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open-data API over real HTTP: tokens scoped like users, published reports only unless the token reads more,
 * paging, caching headers, the rate limit and a problem document (RFC 9457) for every bad request.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenDataApiHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "api-test-";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenStore store;

    private final HttpClient http = HttpClient.newHttpClient();
    private long huaian;
    private String published;

    @BeforeEach
    void tokens() {
        huaian = id("淮安市");
        published = token("published", huaian, ReportScope.PUBLISHED);
    }

    @AfterEach
    void revokeAll() {
        jdbc.update("DELETE FROM api_token WHERE name LIKE ?", PREFIX + "%");
    }

    private long id(String agency) {
        return jdbc.queryForObject("SELECT id FROM agency WHERE name = ?", Long.class, agency);
    }

    private String token(String name, long agencyId, ReportScope scope) {
        String secret = ApiTokenService.PREFIX + "test" + name + System.nanoTime();
        store.insert(PREFIX + name, ApiTokenService.hash(secret), agencyId, scope, "test");
        return secret;
    }

    private HttpResponse<String> get(String path, String token, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String type) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("application/problem+json"));
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).endsWith("/problems/" + type);
        assertThat(p.get("detail").asString()).isNotBlank();
    }

    @Test
    void withoutAValidTokenNothingIsRead() throws Exception {
        String path = "/api/v1/reports/" + id("淮安市人民政府") + "/2024";
        HttpResponse<String> none = get(path, null);
        assertProblem(none, 401, "unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertProblem(get(path, "ddk_forged"), 401, "unauthorized");
        String revoked = token("revoked", huaian, ReportScope.ALL);
        assertThat(get(path, revoked).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE api_token SET revoked_at = CURRENT_TIMESTAMP WHERE name = ?", PREFIX + "revoked");
        assertProblem(get(path, revoked), 401, "unauthorized");
        // the description is public
        HttpResponse<String> doc = get("/api/v1/openapi.json", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(doc.body()).get("paths").propertyNames())
                .contains("/reports/{agencyId}/{year}", "/regions/{agencyId}/{year}/reports",
                        "/regions/{agencyId}/{year}/aggregates");
    }

    @Test
    void aPublishedReportAsCanonicalJsonAndCsvWithCachingHeaders() throws Exception {
        String path = "/api/v1/reports/" + id("淮安市人民政府") + "/2024";
        HttpResponse<String> r = get(path, published);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode doc = JSON.readTree(r.body());
        assertThat(doc.toString()).contains("淮安市人民政府");
        assertThat(r.headers().firstValue("X-Report-Revision")).contains("published");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get(path, published, "If-None-Match", etag).statusCode()).isEqualTo(304);
        HttpResponse<String> csv = get(path + "?format=csv", published);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("s3.new_received.total,");
        assertThat(csv.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
        assertProblem(get(path + "?format=xml", published), 400, "bad-format");
    }

    @Test
    void aTokenReadsItsSubtreeAndItsScopeOnly() throws Exception {
        // outside the token's subtree
        assertProblem(get("/api/v1/reports/" + id("广州市荔湾区政务服务数据管理局") + "/2020", published), 403,
                "outside-scope");
        // a report of the subtree that nobody has reviewed yet
        Long draftAgency = jdbc.queryForObject("""
                SELECT r.agency_id FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = ? AND r.report_year = 2025 AND r.status = 'DRAFT' AND r.revision = 1
                ORDER BY r.id LIMIT 1""", Long.class, huaian);
        String path = "/api/v1/reports/" + draftAgency + "/2025";
        assertProblem(get(path, published), 404, "not-published");
        HttpResponse<String> all = get(path, token("all", huaian, ReportScope.ALL));
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("X-Report-Revision")).contains("working");
        // aggregates: the token's scope is the most it may ask for
        assertProblem(get("/api/v1/regions/" + huaian + "/2025/aggregates?scope=all", published), 403, "scope");
    }

    @Test
    void regionReportsArePagedAndStreamed() throws Exception {
        int total = jdbc.queryForObject("""
                SELECT COUNT(*) FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = ? AND r.report_year = 2025 AND r.status = 'PUBLISHED'""", Integer.class, huaian);
        assertThat(total).isGreaterThan(10);
        String base = "/api/v1/regions/" + huaian + "/2025/reports";
        HttpResponse<String> p0 = get(base + "?size=4", published);
        assertThat(p0.statusCode()).as(p0.body()).isEqualTo(200);
        assertThat(p0.headers().firstValue("X-Total-Count")).contains(String.valueOf(total));
        assertThat(p0.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l)
                .contains("page=1").contains("size=4").contains("rel=\"next\""));
        List<String> lines = p0.body().lines().toList();
        assertThat(lines).hasSize(4);
        List<Long> ids = lines.stream().map(l -> JSON.readTree(l).get("agency_id").asLong()).toList();
        HttpResponse<String> p1 = get(base + "?size=4&page=1", published);
        List<Long> next = p1.body().lines().map(l -> JSON.readTree(l).get("agency_id").asLong()).toList();
        assertThat(next).hasSize(4).doesNotContainAnyElementsOf(ids);
        int lastPage = (total - 1) / 4;
        assertThat(get(base + "?size=4&page=" + lastPage, published).headers().firstValue("Link")).isEmpty();
        HttpResponse<String> csv = get(base + "?size=2&format=csv", published);
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains("机构ID,机构,年度,单元格");
        assertProblem(get(base + "?size=0", published), 400, "bad-paging");
        assertProblem(get(base + "?size=501", published), 400, "bad-paging");
        assertProblem(get(base + "?page=-1", published), 400, "bad-paging");
    }

    @Test
    void aggregatesComeFromTheRollupsInTheAskedScope() throws Exception {
        HttpResponse<String> r = get("/api/v1/regions/" + huaian + "/2025/aggregates", published);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = JSON.readTree(r.body());
        int publishedReports = jdbc.queryForObject("""
                SELECT COUNT(*) FROM annual_report r JOIN agency_closure c ON c.descendant_id = r.agency_id
                WHERE c.ancestor_id = ? AND r.report_year = 2025 AND (r.status = 'PUBLISHED' OR r.revision > 1)""",
                Integer.class, huaian);
        assertThat(a.get("scope").asString()).isEqualTo("published");
        assertThat(a.get("reports").asInt()).isEqualTo(publishedReports);
        Long received = jdbc.queryForObject("""
                SELECT SUM(m.s3_new_received_total) FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id
                WHERE c.ancestor_id = ? AND m.report_year = 2025 AND m.bucket IN ('PUBLISHED', 'PUBLISHED_PRIOR', 'PUBLISHED_SUPERSEDED')""",
                Long.class, huaian);
        assertThat(a.get("cells").get("s3.new_received.total").asLong()).isEqualTo(received);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/regions/" + huaian + "/2025/aggregates", published, "If-None-Match", etag)
                .statusCode()).isEqualTo(304);
        assertProblem(get("/api/v1/regions/" + huaian + "/2025/aggregates?scope=everything", published), 400,
                "bad-scope");
        assertProblem(get("/api/v1/regions/" + huaian + "/1999/aggregates", published), 400, "bad-year");
        assertProblem(get("/api/v1/regions/abc/2025/aggregates", published), 400, "bad-parameter");
        assertProblem(get("/api/v1/nothing/here", published), 404, "not-found");
    }

    @Test
    void aTokenIsLimitedPerMinute() throws Exception {
        String busy = token("busy", huaian, ReportScope.PUBLISHED);
        String path = "/api/v1/regions/" + huaian + "/2025/aggregates";
        int ok = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 130; i++) {
            last = get(path, busy);
            if (last.statusCode() == 200 || last.statusCode() == 304) {
                ok++;
            } else {
                break;
            }
        }
        assertThat(ok).isEqualTo(120);
        assertProblem(last, 429, "rate-limited");
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s ->
                assertThat(Integer.parseInt(s)).isBetween(1, 60));
        // other tokens are not affected
        assertThat(get(path, published).statusCode()).isEqualTo(200);
    }
}
