package org.disclosuredesk.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * The frontend bundle's files ({@code /VAADIN/build/*}) carry a hash of their content in their name, so a browser may
 * keep them for a year without asking again; a new build names new files, and the page that names them (index.html,
 * the Vaadin requests) stays {@code no-cache}. Vaadin serves them with {@code max-age=3600} (production) or
 * {@code no-cache} (development), which made every visit after an hour revalidate a dozen files before first paint.
 */
@Configuration(proxyBeanMethods = false)
class BundleCaching {

    static final String IMMUTABLE = "max-age=31536000, immutable";

    /** Vite's names: {@code indexhtml-BOVpDgIM.js}, an 8-character base64url hash before the extension. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[A-Za-z0-9]+");

    /**
     * Stylesheets named by {@code @StyleSheet} ({@code /lumo/lumo.css?v-c=db701835}, {@code /styles.css?v-c=…}): Vaadin
     * adds a checksum of the content as {@code v-c} and already says {@code immutable}, but Spring Security's
     * {@code Pragma: no-cache} next to it made Chromium revalidate both on every page load (two round trips before the
     * first paint).
     */
    private static final Pattern CHECKSUMMED = Pattern.compile("(^|&)v-c=[0-9a-f]{6,}($|&)");

    @Bean
    FilterRegistrationBean<HashedFilesImmutable> bundleCachingFilter() {
        FilterRegistrationBean<HashedFilesImmutable> registration = new FilterRegistrationBean<>(new HashedFilesImmutable());
        registration.addUrlPatterns("/VAADIN/build/*", "*.css");
        // ahead of Spring Security, whose header writer would otherwise add Pragma: no-cache and Expires: 0
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class HashedFilesImmutable extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            if (HASHED.matcher(path).matches()
                    || path.endsWith(".css") && query != null && CHECKSUMMED.matcher(query).find()) {
                chain.doFilter(request, new ImmutableWhenServed(response));
            } else {
                chain.doFilter(request, response);
            }
        }
    }

    /**
     * Sets the year-long header when the file is actually sent (200) or confirmed (304), never on an error: a 404 for
     * a hashed name (an old page after a redeploy) must not stick in the browser for a year.
     */
    private static final class ImmutableWhenServed extends HttpServletResponseWrapper {

        private boolean served;

        ImmutableWhenServed(HttpServletResponse response) {
            super(response);
        }

        private void markIfServed() {
            int status = getStatus();
            served = status == SC_OK || status == SC_NOT_MODIFIED;
            if (served) {
                super.setHeader("Cache-Control", IMMUTABLE);
            }
        }

        private static boolean legacyNoCache(String name) {
            return "Pragma".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (legacyNoCache(name)) {
                return;
            }
            boolean cacheControl = "Cache-Control".equalsIgnoreCase(name);
            super.setHeader(name, cacheControl && served ? IMMUTABLE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else if (!legacyNoCache(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!legacyNoCache(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!legacyNoCache(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status == SC_NOT_MODIFIED) {
                markIfServed();
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            unmark();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            unmark();
            super.sendError(status, message);
        }

        private void unmark() {
            served = false;
            super.setHeader("Cache-Control", "no-cache");
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            markIfServed();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            markIfServed();
            return super.getWriter();
        }
    }
}
