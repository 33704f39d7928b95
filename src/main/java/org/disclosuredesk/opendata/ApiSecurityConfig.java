package org.disclosuredesk.opendata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's own filter chain, before the application's: stateless bearer tokens instead of a session and a login
 * page, no CSRF (no cookie is ever used, so no request can ride on a browser's session), read-only.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens, ApiRateLimiter limiter)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .securityContext(sc -> sc.requireExplicitSave(true))
                .addFilterBefore(new ApiTokenFilter(tokens, limiter), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(OpenDataController.OPENAPI).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }
}
