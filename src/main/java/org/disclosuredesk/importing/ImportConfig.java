package org.disclosuredesk.importing;

import org.disclosuredesk.importer.ImportLimits;
import org.disclosuredesk.importer.ParsePool;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One parse pool for the whole server: its slots bound the cores and memory imports take from other users. */
@Configuration
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfig {

    @Bean
    ImportLimits importLimits(ImportSettings settings) {
        return settings.limits();
    }

    @Bean(destroyMethod = "close")
    ParsePool parsePool(ImportLimits limits) {
        return new ParsePool(limits);
    }
}
