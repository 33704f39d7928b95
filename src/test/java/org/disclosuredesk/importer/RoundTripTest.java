package org.disclosuredesk.importer;

import org.disclosuredesk.export.OfficialTextRenderer;
import org.disclosuredesk.template.CellValue;
import org.disclosuredesk.template.Edition;
import org.disclosuredesk.template.NarrativePart;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.Template;
import org.disclosuredesk.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated reports rendered in the official layout, and messier variants of it, import back unchanged. */
class RoundTripTest {

    private static final int REPORTS = 240;

    /** Ways extraction mangles a printed report, applied to the rendered text. */
    enum Shape {
        AS_RENDERED((t, r) -> t),
        ONE_CELL_PER_LINE(TextShapes::oneCellPerLine),
        PAGE_NUMBERS_INSIDE_TABLES(TextShapes::pageNumbers),
        WRAPPED_LABELS(TextShapes::wrappedLabels),
        ONE_CELL_PER_LINE_WITH_PAGE_NUMBERS((t, r) -> TextShapes.pageNumbers(TextShapes.oneCellPerLine(t, r), r)),
        PIPE_TABLES(TextShapes::pipeTables),
        TABS_OR_SPACES(TextShapes::tabsOrSpaces),
        OCR_DIGITS(TextShapes::ocrDigits),
        OCR_DIGITS_IN_PIPE_TABLES((t, r) -> TextShapes.pipeTables(TextShapes.ocrDigits(t, r), r)),
        OCR_DIGITS_ONE_CELL_PER_LINE((t, r) -> TextShapes.pageNumbers(TextShapes.oneCellPerLine(TextShapes.ocrDigits(t, r), r), r));

        final BiFunction<String, Random, String> apply;

        Shape(BiFunction<String, Random, String> apply) {
            this.apply = apply;
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void everyFigureComesBack(Shape shape) throws Exception {
        Random rnd = new Random(20240131L + shape.ordinal());
        for (int i = 0; i < REPORTS; i++) {
            Edition edition = i % 2 == 0 ? Edition.E2019 : Edition.E2021;
            ReportContent original = RandomReports.generate(rnd, edition);
            assertThat(Validator.validate(original)).filteredOn(f -> f.isError()).isEmpty();
            String text = shape.apply.apply(OfficialTextRenderer.render(original), rnd);
            ImportResult result = ReportImporter.importText(text);
            ReportContent back = result.report();
            assertThat(back.edition()).isEqualTo(edition);
            assertThat(back.year()).isEqualTo(original.year());
            assertThat(back.agencyName()).isEqualTo(original.agencyName());
            List<String> differences = differences(original, back);
            assertThat(differences).as("report %d, %s:%n%s", i, shape, text).isEmpty();
            assertThat(result.unresolved()).isEmpty();
            assertThat(back.narrative(NarrativePart.OVERVIEW)).isEqualTo(original.narrative(NarrativePart.OVERVIEW));
            assertThat(back.narrative(NarrativePart.OTHER)).isEqualTo(original.narrative(NarrativePart.OTHER));
        }
    }

    /**
     * Numbers run together without separators (web pages flattened to text): digits can no longer be
     * split for sure everywhere, but whatever is read must be right, and the balance rules recover most.
     */
    @Test
    void runTogetherNumbersAreNeverReadWrong() throws Exception {
        Random rnd = new Random(7);
        int cells = 0;
        int read = 0;
        for (int i = 0; i < REPORTS; i++) {
            ReportContent original = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            String text = TextShapes.runTogether(OfficialTextRenderer.render(original));
            ImportResult result = ReportImporter.importText(text);
            ReportContent back = result.report();
            for (String key : Template.of(original.edition()).cellKeys()) {
                CellValue b = back.cell(key);
                cells++;
                if (b.isNumber()) {
                    read++;
                    assertThat(b.number()).as("report %d %s in%n%s", i, key, text)
                            .isEqualByComparingTo(original.cell(key).number());
                } else {
                    assertThat(result.unresolved()).contains(key);
                }
            }
        }
        // the row rules pin down most of part 三 and 四, the rules across rows most of the rest; part 二 has no
        // rules and stays mostly unread (measured: 89.0 % read with the row rules alone, 94.1 % with both)
        assertThat((double) read / cells).isGreaterThan(0.92);
    }

    /**
     * A source whose own arithmetic is off in one cell of part 三, flattened so that digits run together:
     * the rules no longer hold, and what is read outside the row with the error must still be what was printed.
     */
    @Test
    void anArithmeticErrorOfTheSourceIsNotCarriedIntoOtherRows() throws Exception {
        Random rnd = new Random(17);
        int wrong = 0;
        List<String> wrongCells = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            ReportContent clean = RandomReports.generate(rnd, i % 2 == 0 ? Edition.E2019 : Edition.E2021);
            List<String> s3 = Template.of(clean.edition()).cellKeys().stream().filter(k -> k.startsWith("s3.")).toList();
            String broken = s3.get(rnd.nextInt(s3.size()));
            ReportContent original = clean.withCell(broken,
                    CellValue.of(clean.cell(broken).number().longValue() + 1 + rnd.nextInt(20)));
            String text = TextShapes.runTogether(OfficialTextRenderer.render(original));
            ImportResult result = ReportImporter.importText(text);
            for (String key : Template.of(original.edition()).cellKeys()) {
                CellValue b = result.report().cell(key);
                if (b.isNumber() && b.number().compareTo(original.cell(key).number()) != 0) {
                    wrong++;
                    if (!rowOf(key).equals(rowOf(broken))) {
                        wrongCells.add(i + " " + key + " (broken " + broken + ")");
                    }
                }
            }
        }
        // Known gap: the row whose own sum is off may be split wrongly by its row rule (3 of 240 reports
        // here). The rules across rows must never carry the error into another row.
        assertThat(wrongCells).isEmpty();
        assertThat(wrong).isLessThan(20);
    }

    private static String rowOf(String cellKey) {
        return cellKey.substring(0, cellKey.lastIndexOf('.'));
    }

    static List<String> differences(ReportContent expected, ReportContent actual) {
        List<String> diff = new ArrayList<>();
        for (String key : Template.of(expected.edition()).cellKeys()) {
            CellValue e = expected.cell(key);
            CellValue a = actual.cell(key);
            if (!a.isNumber() || a.number().compareTo(e.number()) != 0) {
                diff.add(key + ": " + e.display() + " → " + (a.isNumber() ? a.display() : "unread"));
            }
        }
        return diff;
    }
}
