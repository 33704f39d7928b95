package org.disclosuredesk.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns on {@link RetryOnTransientError}. Spring's retry advisor is placed before the existing advisors of a bean, so
 * on a {@code @Transactional} method each attempt runs in a transaction of its own (RetryOnLockConflictTest shows it; TransientRetry does the same by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
public class ResilienceConfig {
}
