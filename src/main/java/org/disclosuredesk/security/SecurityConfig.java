package org.disclosuredesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.disclosuredesk.security.ui.UserAdminNavigation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Clock;
import java.time.Duration;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleSettings.class)
public class SecurityConfig {

    static final String LOGIN = "/login";

    /**
     * Vaadin's client needs inline and eval'd scripts and inline styles (its bootstrap and Lumo); everything else
     * is kept to our own origin. connect-src 'self' covers the same-origin websocket of dev mode's live reload.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Only features browsers know: Chromium logs an error on every page for one it does not (it did for bluetooth). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), midi=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
                                            AccountStates accounts,
                                            @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout)
            throws Exception {
        // a failure outside Vaadin (the database down while the session filter reads the account) is forwarded to
        // /error, which renders public/error/5xx.html; behind a login it would only redirect
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/error", "/error/**").permitAll());
        // a load balancer's probes (Spring Boot Actuator; only health is exposed, without details)
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health/liveness",
                "/actuator/health/readiness").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(UserAdminNavigation.loginView())
                // Vaadin would exempt the whole login path from CSRF, which lets another site log a victim into
                // an account of the attacker's choosing; the login form sends Spring's token (from the page's
                // _csrf meta tags), so only Vaadin's own requests, which carry Vaadin's token, are exempt.
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler(LOGIN)));
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.securityContext(sc -> sc.securityContextRepository(contexts));
        http.addFilterAfter(new SessionAccountFilter(accounts, contexts, LOGIN + "?disabled"),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new IdleSessionFilter(sessionTimeout, Clock.systemUTC(), LOGIN),
                SessionAccountFilter.class);
        http.headers(headers -> headers
                // written before the response, not when it commits: Vaadin's index.html response otherwise went
                // out without them (and with its own X-Frame-Options: SAMEORIGIN, which it only sets if absent)
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY))
                .frameOptions(f -> f.deny())
                // only on requests that arrived over TLS (directly or per X-Forwarded-Proto): the default matcher
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleSettings settings) {
        return new LoginThrottle(settings, Clock.systemUTC());
    }

    /**
     * Passwords checked by the usual DAO provider, behind the throttle. "Disabled" is checked only after the
     * password matched (Spring checks it before by default), so it cannot be used to probe which accounts exist.
     */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(AppUserDetailsService users, PasswordEncoder encoder,
                                                           LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setPreAuthenticationChecks(user -> { });
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
