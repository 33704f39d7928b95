package org.disclosuredesk;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** DESIGN.md's dependency rules: dependencies point inward; no feature imports another feature's ui. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disclosuredesk");

    private static final String[] FEATURES = {"template", "validation", "agency", "report", "dashboard", "chart",
            "importer", "importing", "export", "security", "demo", "audit", "metrics"};

    /** Messages (a bundle key with arguments) and their one renderer: plain Java, below everything else. */
    @Test
    void i18nDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("..disclosuredesk.i18n..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.i18n..", "java..")
                .check(CLASSES);
    }

    @Test
    void templateDependsOnNothingOfOursButMessages() {
        noClasses().that().resideInAPackage("..disclosuredesk.template..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.template..",
                        "..disclosuredesk.i18n..", "java..")
                .check(CLASSES);
    }

    @Test
    void validationDependsOnlyOnTemplateAndMessages() {
        noClasses().that().resideInAPackage("..disclosuredesk.validation..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.validation..",
                        "..disclosuredesk.template..", "..disclosuredesk.i18n..", "java..")
                .check(CLASSES);
    }

    @Test
    void importerAndExportNeverTouchViewsSecurityOrStorage() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..disclosuredesk.importer..", "..disclosuredesk.export..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..disclosuredesk.security..",
                        "..disclosuredesk.report..", "..disclosuredesk.agency..", "..disclosuredesk.database..",
                        "com.vaadin..", "org.springframework.jdbc..", "org.springframework.data..");
        rule.allowEmptyShould(true).check(CLASSES);
    }

    /** Another feature reaches a feature's ui only through its public {@code *Navigation} type. */
    @Test
    void noFeatureImportsAnotherFeaturesUi() {
        for (String feature : FEATURES) {
            for (String other : FEATURES) {
                if (!feature.equals(other)) {
                    DescribedPredicate<JavaClass> otherUi = resideInAPackage("..disclosuredesk." + other + ".ui..")
                            .and(DescribedPredicate.not(simpleNameEndingWith("Navigation")));
                    noClasses().that().resideInAPackage("..disclosuredesk." + feature + "..")
                            .should().dependOnClassesThat(otherUi.as("are in " + other + ".ui but not its *Navigation"))
                            .allowEmptyShould(true).check(CLASSES);
                }
            }
        }
    }

    /**
     * A view (a {@code @Route} class) is known only in its own {@code ui} package; everyone else builds its
     * location through the feature's {@code *Navigation}, so a route template is spelt in one place.
     */
    @Test
    void viewsAreReachedOnlyThroughTheirFeaturesNavigation() {
        for (String feature : FEATURES) {
            String ui = "org.disclosuredesk." + feature + ".ui";
            noClasses().that().resideOutsideOfPackage(ui)
                    .should().dependOnClassesThat(resideInAPackage(ui).and(annotatedWith(Route.class))
                            .as("are @Route views of " + ui))
                    .allowEmptyShould(true).check(CLASSES);
        }
    }

    /**
     * Two known cycles are left out, one edge each: the shell ({@code ui.MainLayout}) shows the signed-in user
     * from {@code security} while security's views use the shell; and {@code audit.AuditService} scopes the log to
     * the current user's agency while {@code security.UserAdminService} writes to the log.
     */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.disclosuredesk.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.disclosuredesk.ui"), resideInAPackage("org.disclosuredesk.security"))
                .ignoreDependency(resideInAPackage("org.disclosuredesk.audit"), resideInAPackage("org.disclosuredesk.security"))
                .check(CLASSES);
    }

    /** Persistence stays behind services: a view never holds a JdbcTemplate, a DataSource or a repository. */
    @Test
    void noViewTouchesTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                        "javax.sql..", "org.springframework.data..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    /**
     * The dashboard reads the metrics read model through its shape ({@code metrics.MetricsColumns}), never through
     * the report side's writers of it ({@code MetricsRollupWriter}, {@code ReportMetricsWriter}, {@code BulkReportWriter}).
     */
    @Test
    void theDashboardDoesNotDependOnTheMetricsWriters() {
        noClasses().that().resideInAPackage("..disclosuredesk.dashboard..")
                .should().dependOnClassesThat(resideInAPackage("org.disclosuredesk.report")
                        .and(simpleNameEndingWith("Writer")).as("are report's writers (report.*Writer)"))
                .check(CLASSES);
    }

    /** The read model's shape knows only the template, so writer and reader can both use it without a cycle. */
    @Test
    void theMetricsReadModelDependsOnlyOnTheTemplate() {
        noClasses().that().resideInAPackage("..disclosuredesk.metrics..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.metrics..",
                        "..disclosuredesk.template..", "java..")
                .check(CLASSES);
    }

    /** SQL without access checks ({@code *Queries}) is reachable only through its feature's checking service. */
    @Test
    void uncheckedQueriesAreNotPublic() {
        classes().that().haveSimpleNameEndingWith("Queries").should().notBePublic().check(CLASSES);
    }

    @Test
    void theEditingModelKnowsNoUi() {
        noClasses().that().resideInAPackage("..disclosuredesk.report.editing..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..")
                .check(CLASSES);
    }

    @Test
    void theShellImportsNoFeature() {
        noClasses().that().resideInAPackage("org.disclosuredesk.ui")
                .should().dependOnClassesThat().resideInAnyPackage("..disclosuredesk.report..",
                        "..disclosuredesk.dashboard..", "..disclosuredesk.importer..")
                .check(CLASSES);
    }
}
