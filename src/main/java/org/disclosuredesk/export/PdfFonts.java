package org.disclosuredesk.export;

import org.openpdf.text.pdf.BaseFont;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Chinese faces the PDF embeds: Noto Serif CJK SC for the text (a 宋体-like serif, as official documents are set)
 * and Noto Sans CJK SC Bold for the headings (黑体-like), from Debian's {@code fonts-noto-cjk}, or the files named by
 * {@code PDF_FONT} / {@code PDF_FONT_BOLD} (a TrueType/OpenType file, or a collection with {@code ,index}). Loading a
 * collection costs a few hundred milliseconds, so the faces are read once and shared — a {@link BaseFont} keeps no
 * per-document state; each document embeds its own subset.
 */
final class PdfFonts {

    /** Index of the simplified-Chinese face in Noto's CJK collections (JP, KR, SC, TC, HK). */
    private static final String SC = ",2";
    private static final List<String> BODY = List.of(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc" + SC,
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" + SC,
            "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc" + SC,
            "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc" + SC);
    private static final List<String> BOLD = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc" + SC,
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc" + SC,
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc" + SC);

    record Faces(BaseFont body, BaseFont bold) {
    }

    private static volatile Optional<Faces> faces;

    private PdfFonts() {
    }

    static Optional<Faces> faces() {
        Optional<Faces> f = faces;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = faces;
                if (f == null) {
                    f = load();
                    faces = f;
                }
            }
        }
        return f;
    }

    private static Optional<Faces> load() {
        Optional<BaseFont> body = first(System.getenv("PDF_FONT"), BODY);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Faces(body.get(), first(System.getenv("PDF_FONT_BOLD"), BOLD).orElse(body.get())));
    }

    private static Optional<BaseFont> first(String configured, List<String> candidates) {
        List<String> tried = configured == null || configured.isBlank() ? candidates : List.of(configured.strip());
        for (String name : tried) {
            int comma = name.lastIndexOf(',');
            Path file = Path.of(comma > 0 && name.substring(comma + 1).chars().allMatch(Character::isDigit)
                    ? name.substring(0, comma) : name);
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                return Optional.of(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (Exception unreadable) {
                // not a font we can embed; try the next one
            }
        }
        return Optional.empty();
    }
}
