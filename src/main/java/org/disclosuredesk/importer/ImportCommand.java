package org.disclosuredesk.importer;

import org.disclosuredesk.export.CanonicalJson;
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
 * Spring, web server or database. A file that fails gives a line with an "error" object instead and the
 * run goes on; the exit code is 1 if any file failed, 2 for a usage error.
 */
public final class ImportCommand {

    private static final String USAGE = "usage: import --json FILE...";

    private ImportCommand() {
    }

    public static int run(String[] args) {
        // libraries (PDFBox, POI) may log to stdout; keep stdout for the JSON lines alone
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream previous = System.out;
        System.setOut(System.err);
        try {
            return run(args, out, System.err);
        } finally {
            System.setOut(previous);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
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
        if (!json || files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        boolean failed = false;
        for (Path file : files) {
            try {
                ImportResult r = ReportImporter.importFile(file);
                out.println(CanonicalJson.toJsonLine(r.report(), r.findings(), r.unresolved()));
            } catch (ImportException e) {
                failed = true;
                out.println(errorLine(file, e.code(), e.messageZh(), e.messageEn()));
            } catch (RuntimeException e) {
                // a bug must not stop the batch: report it on this file's line and go on
                failed = true;
                out.println(errorLine(file, "INTERNAL_ERROR", "导入时发生内部错误", "Internal error: " + e));
            }
        }
        out.flush();
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
