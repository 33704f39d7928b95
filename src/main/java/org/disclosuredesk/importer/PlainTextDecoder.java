package org.disclosuredesk.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns bytes into text: a BOM decides; otherwise strict UTF-8, then strict GB18030 (which covers GBK
 * and GB2312, the encodings of older Chinese government sites). Anything else is refused rather than
 * read as garbage.
 */
final class PlainTextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlainTextDecoder() {
    }

    static String decode(byte[] bytes) throws ImportException {
        if (hasUtf8Bom(bytes)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16);
        }
        try {
            return decodeStrict(bytes, 0, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = decodeStrict(bytes, 0, GB18030);
                if (implausibleChinese(text)) {
                    throw new ImportException(ImportFailure.ENCODING);
                }
                return text;
            } catch (CharacterCodingException notGb) {
                throw new ImportException(ImportFailure.ENCODING, null, notGb);
            }
        }
    }

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static boolean hasBom(byte[] b) {
        return hasUtf8Bom(b) || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    /** UTF-16 text without a BOM: CJK and ASCII put a NUL in every other byte of ASCII characters. */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        // ASCII characters (digits, spaces, line breaks) put NULs on one side; CJK rarely does (一 is U+4E00)
        if (oddNul * 20 > pairs && oddNul > 4 * evenNul) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 20 > pairs && evenNul > 4 * oddNul) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws ImportException {
        try {
            return decodeStrict(bytes, offset, cs);
        } catch (CharacterCodingException e) {
            throw new ImportException(ImportFailure.ENCODING, cs.name(), e);
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    /**
     * GB18030 maps almost any byte pairs to some character, so bytes of another encoding (Big5,
     * Shift-JIS, Latin-1) often "decode". Such text is full of rare characters outside the common CJK
     * block and of private-use code points; real reports are not.
     */
    private static boolean implausibleChinese(String text) {
        int high = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            high++;
            boolean common = c >= 0x4E00 && c <= 0x9FA5 || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                    || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 || c == 0x2026
                    || c == 0x00B7 || c == 0x00D7;
            if (!common) {
                odd++;
            }
        }
        return high > 0 && odd * 5 > high; // more than 20 % unusual characters
    }
}
