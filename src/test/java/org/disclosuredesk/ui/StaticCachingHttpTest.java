package org.disclosuredesk.ui;

import org.disclosuredesk.AppTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First paint over real HTTP: the content-hashed frontend files are cached for a year, the page that names them is
 * never cached, and the browser's icon requests are answered.
 */
@AppTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticCachingHttpTest {

    private static final Pattern BUILD_SCRIPT = Pattern.compile("VAADIN/build/[\\w.-]+\\.js");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void hashedBundleFilesAreImmutableWhileThePageIsNotCached() throws Exception {
        HttpResponse<byte[]> page = get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
        Matcher script = BUILD_SCRIPT.matcher(new String(page.body()));
        assertThat(script.find()).as("the page loads a bundle file").isTrue();

        HttpResponse<byte[]> bundle = get("/" + script.group());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Cache-Control")).contains("max-age=31536000, immutable");
        assertThat(bundle.headers().allValues("Pragma")).as("no contradicting HTTP/1.0 no-cache").isEmpty();
        assertThat(bundle.headers().allValues("Expires")).isEmpty();
    }

    @Test
    void checksummedStylesheetsAreImmutableWithoutPragma() throws Exception {
        // Chromium revalidates a response with "Pragma: no-cache" despite Cache-Control: a round trip per page load
        // production pages name it "./styles.css?v-c=<checksum of its content>"; tests run in development mode,
        // whose pages leave the checksum out, so the test asks for the production name itself
        String page = new String(get("/login").body());
        assertThat(page).as("the page links our stylesheet").contains("href=\"./styles.css");
        Matcher css = Pattern.compile("href=\"\\./(styles\\.css\\?v-c=[0-9a-f]+)\"").matcher(page);
        HttpResponse<byte[]> styles = get("/" + (css.find() ? css.group(1) : "styles.css?v-c=3f2a9c1e"));
        assertThat(styles.statusCode()).isEqualTo(200);
        assertThat(styles.headers().firstValue("Cache-Control")).contains("max-age=31536000, immutable");
        assertThat(styles.headers().allValues("Pragma")).isEmpty();
        assertThat(styles.headers().allValues("Expires")).isEmpty();

        HttpResponse<byte[]> unversioned = get("/styles.css");
        assertThat(unversioned.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void aMissingBundleFileIsNotCachedForAYear() throws Exception {
        HttpResponse<byte[]> missing = get("/VAADIN/build/gone-Abcd1234.js");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("immutable");
    }

    @Test
    void theAppHasAnIcon() throws Exception {
        HttpResponse<byte[]> favicon = get("/favicon.ico");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("icon"));
        assertThat(favicon.body()).as("an ICO file").startsWith(0, 0, 1, 0);

        HttpResponse<byte[]> svg = get("/icons/icon.svg");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("image/svg+xml"));

        assertThat(Jsoup.parse(new String(get("/login").body())).select("link[rel=icon]").eachAttr("href"))
                .containsExactly("icons/icon.svg");
    }
}
