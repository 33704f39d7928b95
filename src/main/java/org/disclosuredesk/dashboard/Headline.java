package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.ReportScope;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The headline figures of a subtree for one year. A null figure means "no report has it"; for the
 * edition-bound procurement figures {@code procurementInTemplate} says whether the year's template has
 * them at all, so the view can say "not in this edition's template" instead of showing 0.
 *
 * @param scope           which reports the figures count
 * @param reports         the reports counted
 * @param reportsLeftOut  the subtree's other reports of the year, left out by the scope
 * @param unreviewed      the subtree's reports of the year in draft, submitted or returned (corrections included)
 * @param notSubmitted    reporting agencies without a submitted (submitted, approved or published) report; a
 *                        published report under correction counts as published
 * @param correctionsOpen published reports whose correction is a draft or returned
 */
public record Headline(long agencyId, int year, ReportScope scope, Map<Metric, BigDecimal> figures,
                       boolean procurementInTemplate, int reportingAgencies, long reports, long reportsLeftOut,
                       long unreviewed, int notSubmitted, int correctionsOpen) {

    public BigDecimal figure(Metric metric) {
        return figures.get(metric);
    }
}
