package org.disclosuredesk.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-like visitor over plain HTTP: keeps its cookies, follows no redirects (the tests look at them). */
final class HttpVisitor {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpVisitor(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The CSRF token (parameter name → value) that Vaadin puts in the login page for its login form. */
    Map<String, String> csrfFromLoginPage() {
        HttpResponse<String> page = get("/login");
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            throw new AssertionError("no CSRF meta tags in the login page");
        }
        return Map.of(meta.get("_csrf_parameter"), meta.get("_csrf"));
    }

    /** Posts the login form the way the login view does, with the page's token unless told otherwise. */
    HttpResponse<String> login(String username, String password, boolean withToken) {
        Map<String, String> form = new LinkedHashMap<>();
        if (withToken) {
            form.putAll(csrfFromLoginPage());
        }
        form.put("username", username);
        form.put("password", password);
        return postForm("/login", form);
    }

    /** Whether this visitor's session is logged in: the application's start page is served, not the login. */
    boolean loggedIn() {
        HttpResponse<String> start = get("/reports");
        return start.statusCode() == 200;
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElse("");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
