package org.disclosuredesk.export;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

/**
 * A {@link BriefDocument.Chart} drawn as vector graphics into a PDF form (so it prints sharp at any size): value axis
 * with round ticks, grid lines, categories along the bottom, bars with their values or lines with dots, a legend.
 * The same palette as the dashboard's charts.
 */
final class PdfCharts {

    static final Color[] PALETTE = {new Color(0x1F, 0x6F, 0xD0), new Color(0xE0, 0x7A, 0x10), new Color(0x2E, 0x9E, 0x5B),
            new Color(0xC0, 0x39, 0x2B), new Color(0x8E, 0x44, 0xAD)};
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

    private PdfCharts() {
    }

    static PdfTemplate draw(PdfContentByte page, BriefDocument.Chart chart, BaseFont font, float width, float height) {
        PdfTemplate t = page.createTemplate(width, height);
        float titleSize = 10.5f;
        float labelSize = 7.5f;
        text(t, font, titleSize, INK, chart.title() + (chart.unit() == null || chart.unit().isBlank() ? ""
                : "（" + chart.unit() + "）"), 0, height - titleSize, PdfContentByte.ALIGN_LEFT);
        float legendY = height - titleSize - 14;
        float x = 0;
        for (int s = 0; s < chart.series().size(); s++) {
            t.setColorFill(PALETTE[s % PALETTE.length]);
            t.rectangle(x, legendY, 8, 6);
            t.fill();
            text(t, font, labelSize, INK, chart.series().get(s).name(), x + 11, legendY, PdfContentByte.ALIGN_LEFT);
            x += 16 + font.getWidthPoint(chart.series().get(s).name(), labelSize);
        }
        double max = 0;
        for (BriefDocument.Series s : chart.series()) {
            for (BigDecimal v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        double step = niceStep(max <= 0 ? 1 : max / 4);
        double top = Math.max(step, Math.ceil(max / step) * step);
        float axisW = 6 + font.getWidthPoint(format(top), labelSize);
        float left = axisW + 4;
        float bottom = labelSize + 8;
        float plotTop = legendY - 8;
        float plotW = width - left;
        float plotH = plotTop - bottom;
        t.setLineWidth(0.4f);
        for (double v = 0; v <= top + step / 2; v += step) {
            float y = bottom + (float) (v / top) * plotH;
            t.setColorStroke(v == 0 ? INK : GRID);
            t.moveTo(left, y);
            t.lineTo(width, y);
            t.stroke();
            text(t, font, labelSize, INK, format(v), axisW, y - labelSize / 3, PdfContentByte.ALIGN_RIGHT);
        }
        int n = chart.categories().size();
        float slot = plotW / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            text(t, font, labelSize, INK, chart.categories().get(i), left + slot * (i + 0.5f), bottom - labelSize - 4,
                    PdfContentByte.ALIGN_CENTER);
        }
        int series = chart.series().size();
        for (int s = 0; s < series; s++) {
            List<BigDecimal> values = chart.series().get(s).values();
            Color c = PALETTE[s % PALETTE.length];
            if (chart.bars()) {
                float barW = slot * 0.7f / series;
                for (int i = 0; i < n && i < values.size(); i++) {
                    BigDecimal v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    float h = (float) (v.doubleValue() / top) * plotH;
                    float bx = left + slot * i + slot * 0.15f + barW * s;
                    t.setColorFill(c);
                    t.rectangle(bx, bottom, barW, h);
                    t.fill();
                    if (series == 1) {
                        text(t, font, labelSize - 0.5f, INK, format(v.doubleValue()), bx + barW / 2, bottom + h + 2,
                                PdfContentByte.ALIGN_CENTER);
                    }
                }
            } else {
                t.setColorStroke(c);
                t.setLineWidth(1.4f);
                boolean drawing = false;
                for (int i = 0; i < n && i < values.size(); i++) {
                    BigDecimal v = values.get(i);
                    if (v == null) {
                        drawing = false;
                        continue;
                    }
                    float px = left + slot * (i + 0.5f);
                    float py = bottom + (float) (v.doubleValue() / top) * plotH;
                    if (drawing) {
                        t.lineTo(px, py);
                    } else {
                        t.moveTo(px, py);
                        drawing = true;
                    }
                }
                t.stroke();
                t.setColorFill(c);
                for (int i = 0; i < n && i < values.size(); i++) {
                    if (values.get(i) != null) {
                        t.circle(left + slot * (i + 0.5f), bottom + (float) (values.get(i).doubleValue() / top) * plotH, 1.8f);
                        t.fill();
                    }
                }
            }
        }
        return t;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        double pow = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * pow >= rough) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    static String format(double v) {
        if (Math.abs(v) >= 10_000) {
            return String.format("%,.0f", v);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format("%.1f", v);
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color color, String s, float x, float y,
                             int align) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(color);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }
}
