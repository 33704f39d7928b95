package org.disclosuredesk.importer;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.disclosuredesk.export.CanonicalJson;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar app.jar import --json FILE...}: one line of canonical JSON per file, in order, without
 * Spring, web server or database. {@code --explain} prints per cell where it was read and how sure the reading
 * is ({@link ImportExplanation}): on stdout alone, or on stderr beside {@code --json} so stdout stays JSON lines. A file that fails gives a line with an "error" object instead and the
 * run goes on; the exit code is 1 if any file failed, 2 for a usage error. Each failed file also gets one
 * line on stderr (no stack trace); the libraries' own logging is off, since their warnings about damaged
 * files say nothing the error line does not. Each file is parsed under the same limits as an upload.
 */
public final class ImportCommand {

    private static final String USAGE = "usage: import [--json] [--explain] FILE...   (at least one of the two; "
            + "with both, the explanation goes to stderr)";

    private ImportCommand() {
    }

    public static int run(String[] args) {
        // libraries (PDFBox, POI) may log to stdout; keep stdout for the JSON lines alone
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream previous = System.out;
        System.setOut(System.err);
        try (Quiet quiet = quietLibraries()) {
            return run(args, out, System.err);
        } finally {
            System.setOut(previous);
        }
    }

    /** Restores the logging level it turned off. */
    public interface Quiet extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Turns all logging off (the command line has no log file; its output is its report): logback, where PDFBox,
     * fontbox and POI log through the SLF4J bridges, and java.util.logging, which writes to stderr by itself.
     */
    public static Quiet quietLibraries() {
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        java.util.logging.Level julBefore = julRoot.getLevel();
        julRoot.setLevel(java.util.logging.Level.OFF);
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            Level before = root.getLevel();
            root.setLevel(Level.OFF);
            return () -> {
                root.setLevel(before);
                julRoot.setLevel(julBefore);
            };
        }
        return () -> julRoot.setLevel(julBefore);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean explain = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--explain")) {
                explain = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                err.println(USAGE);
                return 0;
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a + "\n" + USAGE);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (!json && !explain || files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        boolean failed = false;
        PrintStream explanations = json ? err : out;
        try (ParsePool pool = new ParsePool(ImportLimits.DEFAULTS.withSlots(1, ImportLimits.DEFAULTS.parseTimeout()))) {
            for (Path file : files) {
                try {
                    byte[] bytes = ReportImporter.readFile(file, pool.limits());
                    String name = file.getFileName().toString();
                    ImportResult r = pool.parse(() -> ReportImporter.importBytes(name, bytes, pool.limits()));
                    if (json) {
                        out.println(CanonicalJson.toJsonLine(r.report(), r.findings(), r.unresolved()));
                    }
                    if (explain) {
                        ImportExplanation.lines(file.toString(), r).forEach(explanations::println);
                    }
                } catch (ImportException e) {
                    failed = true;
                    if (json) {
                        out.println(errorLine(file, e.code(), e.messageZh(), e.messageEn()));
                    }
                    err.println(file + ": " + e.code() + ": " + e.messageEn());
                } catch (RuntimeException e) {
                    // a bug must not stop the batch: report it on this file's line and go on
                    failed = true;
                    if (json) {
                        out.println(errorLine(file, "INTERNAL_ERROR", "导入时发生内部错误", "Internal error: " + e));
                    }
                    err.println(file + ": INTERNAL_ERROR: " + e);
                }
            }
        }
        out.flush();
        err.flush();
        return failed ? 1 : 0;
    }

    private static String errorLine(Path file, String code, String zh, String en) {
        ObjectNode root = CanonicalJson.MAPPER.createObjectNode();
        root.put("file", file.toString());
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", zh);
        error.put("message_en", en);
        return CanonicalJson.MAPPER.writeValueAsString(root);
    }
}
