package org.disclosuredesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md's dependency rules: dependencies point inward; no feature imports another feature's ui. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disclosuredesk");

    private static final String[] FEATURES = {"template", "validation", "agency", "report", "dashboard", "chart",
            "importer", "importing", "export", "security", "demo", "audit"};

    @Test
    void templateDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("..disclosuredesk.template..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.template..", "java..")
                .check(CLASSES);
    }

    @Test
    void validationDependsOnlyOnTemplate() {
        noClasses().that().resideInAPackage("..disclosuredesk.validation..")
                .should().dependOnClassesThat().resideOutsideOfPackages("..disclosuredesk.validation..",
                        "..disclosuredesk.template..", "java..")
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

    @Test
    void noFeatureImportsAnotherFeaturesUi() {
        for (String feature : FEATURES) {
            for (String other : FEATURES) {
                if (!feature.equals(other)) {
                    noClasses().that().resideInAPackage("..disclosuredesk." + feature + "..")
                            .should().dependOnClassesThat().resideInAPackage("..disclosuredesk." + other + ".ui..")
                            .allowEmptyShould(true).check(CLASSES);
                }
            }
        }
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
