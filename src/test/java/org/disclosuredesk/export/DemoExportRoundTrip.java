package org.disclosuredesk.export;

import org.disclosuredesk.Application;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.report.LoadedReport;
import org.disclosuredesk.report.ReportListFilter;
import org.disclosuredesk.report.ReportListRow;
import org.disclosuredesk.report.ReportService;
import org.disclosuredesk.template.ReportContent;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every report of the demo database exported as Word and as PDF and read back by our own importer: prints the cells
 * compared, how many came back wrong or not at all (both must be 0; for PDF, also how many of the unread stood beside
 * blank cells in a row, which only the table's rules place), and the sizes and times of the files. Too long
 * for the unit suite (≈1,500 reports); {@code OfficialDocxTest}/{@code OfficialPdfTest} cover the samples and every
 * year. Run on a database with demo data:
 * <pre>DB_URL=... DEMO_DATA=true ./mvnw -q -Pbench test-compile exec:java@bench -Dbench.main=org.disclosuredesk.export.DemoExportRoundTrip</pre>
 */
public final class DemoExportRoundTrip {

    public static void main(String[] args) throws Exception {
        System.setProperty("spring.devtools.restart.enabled", "false");
        try (ConfigurableApplicationContext app = SpringApplication.run(Application.class, "--server.port=0")) {
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            ReportService reports = app.getBean(ReportService.class);
            ReportListFilter all = ReportListFilter.none();
            List<ReportListRow> rows = reports.list(all, "agency", true, 0, reports.count(all));
            Format docx = new Format("DOCX");
            Format pdf = new Format("PDF");
            for (ReportListRow row : rows) {
                LoadedReport loaded = reports.findById(row.reportId()).orElseThrow();
                ReportContent content = loaded.content();
                docx.check(row, content, OfficialDocxExporter.render(content, null));
                long t = System.nanoTime();
                byte[] bytes = OfficialPdfExporter.render(content, null);
                pdf.times.add((System.nanoTime() - t) / 1e6);
                pdf.check(row, content, bytes);
            }
            System.out.printf("%d demo reports%n", rows.size());
            docx.print();
            pdf.print();
        }
        System.exit(0);
    }

    private static final class Format {
        final String name;
        final List<Double> times = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();
        int cells;
        int wrong;
        int unread;
        int unplaceable;
        int failed;
        final List<String> examples = new ArrayList<>();

        Format(String name) {
            this.name = name;
        }

        void check(ReportListRow row, ReportContent content, byte[] bytes) {
            sizes.add(bytes.length);
            try {
                RoundTrip.Diff diff = RoundTrip.compare(content,
                        ReportImporter.importBytes("r." + name.toLowerCase(), bytes).report());
                cells += diff.cells();
                wrong += diff.wrong().size();
                unread += diff.unread().size();
                if (name.equals("PDF")) {
                    List<String> allowed = RoundTrip.unplaceableInText(content);
                    unplaceable += (int) diff.unread().stream().filter(allowed::contains).count();
                }
                if ((!diff.wrong().isEmpty() || !diff.unread().isEmpty()) && examples.size() < 5) {
                    examples.add(row.agencyName() + " " + row.year() + " wrong " + diff.wrong() + " unread "
                            + diff.unread());
                }
            } catch (Exception e) {
                failed++;
                if (examples.size() < 5) {
                    examples.add(row.agencyName() + " " + row.year() + " not read: " + e);
                }
            }
        }

        void print() {
            int[] s = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
            System.out.printf("%-4s cells %,d  wrong %d  unread %d (of them beside blank cells in a row: %d)  files not read"
                    + " %d  size median %,d B (max %,d B)", name, cells, wrong, unread, unplaceable, failed,
                    s[s.length / 2], s[s.length - 1]);
            if (!times.isEmpty()) {
                double[] t = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("  render p50 %.0f ms p95 %.0f ms", t[t.length / 2], t[(int) (t.length * 0.95)]);
            }
            System.out.println();
            examples.forEach(e -> System.out.println("  " + e));
        }
    }
}
