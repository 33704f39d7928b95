package org.disclosuredesk.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A text kept gzip-compressed. The batch list keeps the extracted text of every file so each can be
 * reviewed later; compressed, a report's text costs a session a few kilobytes instead of tens.
 */
public final class CompressedText implements Serializable {

    private final byte[] gzip;
    private final int length;

    private CompressedText(byte[] gzip, int length) {
        this.gzip = gzip;
        this.length = length;
    }

    public static CompressedText of(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, text.length() / 3));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompressedText(out.toByteArray(), text.length());
    }

    public String text() {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters of the original text. */
    public int length() {
        return length;
    }

    /** Bytes held. */
    public int compressedSize() {
        return gzip.length;
    }
}
