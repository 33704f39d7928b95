package org.disclosuredesk.report;

import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.validation.Finding;

import java.util.List;

/**
 * How good a report is, 0–100, beyond whether its sums hold: six aspects with fixed weights (docs/quality.md). Each
 * aspect is read off the validator's findings and the report's publication, so the score is as reproducible as the
 * findings; it is computed when the report is saved and kept in its metrics row, where lists sort by it.
 *
 * @param parts every aspect with the points it earned, in {@link Aspect} order
 */
public record QualityScore(List<Part> parts) {

    /** The aspects and their weights; the weights add up to 100. */
    public enum Aspect {
        /** Published by 31 January of the following year (RQ.3 not raised). */
        ON_TIME(20),
        /** The edition matches the year and every cell of its template is filled (0, a number or n/a; not blank). */
        TEMPLATE(15),
        /** No error finding: the tables balance (R2.x, R3.x, R4.1) and counts are valid (R0.1). */
        ARITHMETIC(30),
        /** The figures stated in part 一 agree with the tables (RN.1). */
        NARRATIVE(15),
        /** Part 五 is written and not last year's text again (RQ.1). */
        PROBLEMS(10),
        /** Part 六 states the information processing fees (RQ.2; the 2019 edition does not ask it). */
        FEES(10);

        private final int weight;

        Aspect(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    /** One aspect: the points earned of its weight. */
    public record Part(Aspect aspect, int points) {
        public boolean full() {
            return points == aspect.weight();
        }
    }

    public int total() {
        return parts.stream().mapToInt(Part::points).sum();
    }

    /** The score of a report's working revision, as its metrics row keeps it. */
    public static QualityScore of(LoadedReport loaded) {
        AnnualReport r = loaded.report();
        return of(loaded.content(), loaded.findings(),
                r.getStatus() == ReportStatus.PUBLISHED || ReportMetricsWriter.correcting(r));
    }

    /** The score of a published revision (what readers see while a correction is under way). */
    public static QualityScore of(PublishedRevision published) {
        return of(published.content(), published.findings(), true);
    }

    /**
     * @param published whether the report is, or has been, published (a correction of a published report counts)
     */
    public static QualityScore of(ReportContent content, List<Finding> findings, boolean published) {
        boolean edition = content.edition() == Edition.forYear(content.year()) && !raised(findings, "R0.2");
        List<String> keys = content.template().cellKeys();
        long filled = keys.stream().filter(k -> !content.cell(k).isBlank()).count();
        int template = !edition || keys.isEmpty() ? 0
                : (int) (Aspect.TEMPLATE.weight() * filled / keys.size());
        boolean onTime = published && content.publishedOn() != null && !raised(findings, "RQ.3");
        return new QualityScore(List.of(
                new Part(Aspect.ON_TIME, onTime ? Aspect.ON_TIME.weight() : 0),
                new Part(Aspect.TEMPLATE, template),
                new Part(Aspect.ARITHMETIC, findings.stream().anyMatch(f -> f.isError() && !f.ruleId().equals("R0.2"))
                        ? 0 : Aspect.ARITHMETIC.weight()),
                new Part(Aspect.NARRATIVE, raised(findings, "RN.1") ? 0 : Aspect.NARRATIVE.weight()),
                new Part(Aspect.PROBLEMS, raised(findings, "RQ.1") ? 0 : Aspect.PROBLEMS.weight()),
                new Part(Aspect.FEES, raised(findings, "RQ.2") ? 0 : Aspect.FEES.weight())));
    }

    private static boolean raised(List<Finding> findings, String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }
}
