package org.disclosuredesk.e2e;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.openqa.selenium.JavascriptExecutor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, the npm package, run inside the page against the WCAG 2.1 A/AA rules. The package comes from the npm
 * registry as its tarball (once, kept in target/), checked against the registry's integrity hash, so the build
 * needs no Node; only the test that uses it needs the registry once.
 */
final class Axe {

    static final String VERSION = "4.14.1";
    /** {@code npm view axe-core@4.14.1 dist.integrity} */
    private static final String INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    private static final Path CACHE = Path.of("target", "axe-core-" + VERSION + ".tgz");
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String script;

    private Axe() {
    }

    static synchronized String script() {
        if (script == null) {
            try {
                byte[] tgz = tarball();
                script = extract(tgz, "package/axe.min.js");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return script;
    }

    private static byte[] tarball() throws IOException, InterruptedException {
        if (Files.exists(CACHE)) {
            byte[] cached = Files.readAllBytes(CACHE);
            if (integrity(cached).equals(INTEGRITY)) {
                return cached;
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(TARBALL))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(TARBALL + " answered " + response.statusCode());
        }
        byte[] tgz = response.body();
        String got = integrity(tgz);
        if (!got.equals(INTEGRITY)) {
            throw new IOException(TARBALL + " does not match the pinned integrity: " + got);
        }
        Files.createDirectories(CACHE.getParent());
        Path tmp = Files.createTempFile(CACHE.getParent(), "axe-core", ".part");
        Files.write(tmp, tgz);
        Files.move(tmp, CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return tgz;
    }

    private static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extract(byte[] tgz, String name) throws IOException {
        try (InputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(tgz)))) {
            TarArchiveInputStream tar = (TarArchiveInputStream) in;
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " not in " + TARBALL);
    }

    /**
     * The WCAG 2.1 A/AA violations on the current page (Vaadin's development tools left out: they are not in the
     * production jar), one line per violation and element:
     * rule id, impact, target, help (and the failure summary). Empty when the page passes.
     */
    @SuppressWarnings("unchecked")
    static List<String> violations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(script());
        }
        Object loaded = js.executeScript("return window.axe && window.axe.version");
        if (!VERSION.equals(loaded)) {
            throw new AssertionError("axe-core " + VERSION + " is not in the page: " + loaded);
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                        {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({
                      id: v.id, impact: v.impact || '', help: v.help,
                      target: JSON.stringify(n.target), summary: n.failureSummary || '' })))))
                  .catch(e => done([{id: 'axe-error', impact: '', help: String(e), target: '', summary: ''}]));""",
                TAGS);
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> v.get("id") + " [" + v.get("impact") + "] " + v.get("target") + " — " + v.get("help")
                        + " — " + String.valueOf(v.get("summary")).replace('\n', ' '))
                .collect(Collectors.toList());
    }
}
