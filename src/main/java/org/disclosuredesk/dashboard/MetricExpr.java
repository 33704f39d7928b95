package org.disclosuredesk.dashboard;

import org.disclosuredesk.metrics.MetricsColumns;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dashboard figure as a formula over summed template cells. It is evaluated in Java (headline
 * figures) and rendered as SQL over a {@code metrics_rollup} alias (sorting and ranking peers in the
 * database), with the same rule in both: a missing figure stays missing (null), never 0.
 */
public sealed interface MetricExpr {

    BigDecimal eval(RollupFigures f);

    String sql(String alias);

    /** The template cells the figure reads, in order, each once: what a drill-down highlights. */
    default List<String> cellKeys() {
        Set<String> keys = new LinkedHashSet<>();
        collectCells(this, keys);
        return List.copyOf(keys);
    }

    private static void collectCells(MetricExpr e, Set<String> keys) {
        switch (e) {
            case Cell c -> keys.add(c.cellKey());
            case Counter c -> { }
            case Quotient q -> {
                collectCells(q.numerator(), keys);
                collectCells(q.denominator(), keys);
            }
            case Sum s -> s.parts().forEach(p -> collectCells(p, keys));
            case Difference d -> {
                collectCells(d.a(), keys);
                collectCells(d.b(), keys);
            }
            case Percent p -> {
                collectCells(p.numerator(), keys);
                collectCells(p.denominator(), keys);
            }
        }
    }

    /** The summed cell over the subtree; null when no report has the figure. */
    record Cell(String cellKey) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            return f.cell(cellKey);
        }

        public String sql(String a) {
            String c = MetricsColumns.column(cellKey);
            return "(CASE WHEN " + a + "." + MetricsColumns.countColumn(c) + " > 0 THEN " + a + "." + c + " END)";
        }
    }

    /** A counter of the rollup row (report_count, reports_with_errors, status_*): 0 when no row. */
    record Counter(String column) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            return BigDecimal.valueOf(f.counter(column));
        }

        public String sql(String a) {
            return "COALESCE(" + a + "." + column + ", 0)";
        }
    }

    /** Sum of the parts that are there; null only when none is. */
    record Sum(List<MetricExpr> parts) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            List<BigDecimal> present = parts.stream().map(p -> p.eval(f)).filter(Objects::nonNull).toList();
            return present.isEmpty() ? null : present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public String sql(String a) {
            List<String> s = parts.stream().map(p -> p.sql(a)).toList();
            return "(CASE WHEN " + String.join(" IS NULL AND ", s) + " IS NULL THEN NULL ELSE "
                    + String.join(" + ", s.stream().map(x -> "COALESCE(" + x + ", 0)").toList()) + " END)";
        }
    }

    /** a − b; null when either is missing (审结 = 总计 − 尚未审结 needs both). */
    record Difference(MetricExpr a, MetricExpr b) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            BigDecimal x = a.eval(f);
            BigDecimal y = b.eval(f);
            return x == null || y == null ? null : x.subtract(y);
        }

        public String sql(String al) {
            return "(" + a.sql(al) + " - " + b.sql(al) + ")";
        }
    }

    /** factor × n ÷ d; null when either is missing or d is 0 (never a 0 that was not there). */
    private static BigDecimal ratio(BigDecimal n, BigDecimal d, BigDecimal factor) {
        if (n == null || d == null || d.signum() == 0) {
            return null;
        }
        return n.multiply(factor).divide(d, MathContext.DECIMAL64);
    }

    /** numerator ÷ denominator (an average: points ÷ reports); null when either is missing or the denominator is 0. */
    record Quotient(MetricExpr numerator, MetricExpr denominator) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            return ratio(numerator.eval(f), denominator.eval(f), BigDecimal.ONE);
        }

        public String sql(String a) {
            return "(" + numerator.sql(a) + " / NULLIF(" + denominator.sql(a) + ", 0))";
        }
    }

    /** 100 × numerator ÷ denominator; null when either is missing or the denominator is 0. */
    record Percent(MetricExpr numerator, MetricExpr denominator) implements MetricExpr {
        public BigDecimal eval(RollupFigures f) {
            return ratio(numerator.eval(f), denominator.eval(f), BigDecimal.valueOf(100));
        }

        public String sql(String a) {
            return "(100 * " + numerator.sql(a) + " / NULLIF(" + denominator.sql(a) + ", 0))";
        }
    }
}
