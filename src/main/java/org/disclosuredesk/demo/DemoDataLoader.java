package org.disclosuredesk.demo;

import org.disclosuredesk.agency.Agency;
import org.disclosuredesk.agency.AgencyKind;
import org.disclosuredesk.agency.AgencyService;
import org.disclosuredesk.export.CanonicalJson;
import org.disclosuredesk.importer.ImportException;
import org.disclosuredesk.importer.ReportImporter;
import org.disclosuredesk.report.BulkReportWriter;
import org.disclosuredesk.report.BulkReportWriter.NewReport;
import org.disclosuredesk.report.ReportStatus;
import org.disclosuredesk.security.AppUser;
import org.disclosuredesk.security.AppUserRepository;
import org.disclosuredesk.security.Role;
import org.disclosuredesk.template.ReportContent;
import org.disclosuredesk.template.NarrativePart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty database with demo data: the four real published samples as real agencies and
 * years, a generated city region (淮安市, a few hundred agencies × 2019–2025) and the demo users.
 */
@Component
@Conditional(DemoMode.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2025;
    public static final String DEMO_PASSWORD = "demo";
    /** The accounts this loader creates, all with {@link #DEMO_PASSWORD}. */
    public static final List<String> DEMO_USERS = List.of("admin", "viewer", "reviewer", "editor", "editor2");

    private static final String[] CITY_DEPARTMENTS = {"发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局",
            "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局",
            "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局",
            "市场监督管理局", "统计局", "医疗保障局", "数据局"};
    private static final String[] COUNTY_DEPARTMENTS = {"发展和改革委员会", "教育局", "公安局", "民政局", "司法局", "财政局",
            "人力资源和社会保障局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "卫生健康委员会", "应急管理局",
            "市场监督管理局", "行政审批局", "城市管理局", "退役军人事务局"};
    private static final String[][] COUNTIES = {
            {"清江浦区", "长西街道", "淮海街道", "浦楼街道", "水渡口街道", "清江街道", "柳树湾街道"},
            {"淮安区", "淮城街道", "河下街道", "车桥镇", "施河镇", "流均镇", "钦工镇"},
            {"淮阴区", "王营街道", "长江路街道", "渔沟镇", "码头镇", "吴城镇", "丁集镇"},
            {"洪泽区", "高良涧街道", "朱坝街道", "岔河镇", "老子山镇", "共和镇"},
            {"涟水县", "涟城街道", "保滩街道", "高沟镇", "唐集镇", "红窑镇", "南集镇"},
            {"盱眙县", "盱城街道", "太和街道", "马坝镇", "官滩镇", "桂五镇", "河桥镇"},
            {"金湖县", "黎城街道", "戴楼街道", "金南镇", "塔集镇", "银涂镇"}};

    private final AgencyService agencies;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final BulkReportWriter writer;
    private final TransactionTemplate tx;

    public DemoDataLoader(AgencyService agencies, AppUserRepository users, PasswordEncoder passwords,
                          BulkReportWriter writer, TransactionTemplate tx) {
        this.agencies = agencies;
        this.users = users;
        this.passwords = passwords;
        this.writer = writer;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agencies.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        int reports = tx.execute(status -> load());
        log.info("Demo data loaded: {} agencies, {} reports in {} ms", agencies.count(), reports,
                (System.nanoTime() - start) / 1_000_000);
    }

    private int load() {
        Agency country = agencies.create(Agency.root("全国", AgencyKind.REGION));
        Agency guangdong = agencies.create(Agency.childOf(country, "广东省", AgencyKind.REGION, 1));
        Agency guangzhou = agencies.create(Agency.childOf(guangdong, "广州市", AgencyKind.REGION, 1));
        Agency liwanDistrict = agencies.create(Agency.childOf(guangzhou, "荔湾区", AgencyKind.REGION, 1));
        Agency liwan = agencies.create(Agency.childOf(liwanDistrict, "广州市荔湾区政务服务数据管理局", AgencyKind.AGENCY, 1));
        Agency fujian = agencies.create(Agency.childOf(country, "福建省", AgencyKind.REGION, 2));
        Agency pingtan = agencies.create(Agency.childOf(fujian, "平潭综合实验区", AgencyKind.AGENCY, 1));
        Agency jiangsu = agencies.create(Agency.childOf(country, "江苏省", AgencyKind.REGION, 3));
        Agency huaianRegion = agencies.create(Agency.childOf(jiangsu, "淮安市", AgencyKind.REGION, 1));
        Agency huaianGov = agencies.create(Agency.childOf(huaianRegion, "淮安市人民政府", AgencyKind.AGENCY, 0));
        Agency shanghai = agencies.create(Agency.childOf(country, "上海市", AgencyKind.REGION, 4));
        Agency kewei = agencies.create(Agency.childOf(shanghai, "上海市科学技术委员会", AgencyKind.AGENCY, 1));

        int count = 0;
        // The real samples, as published. Liwan's 2020 report is the seed: kept as a draft to work on.
        count += sample(liwan, "liwan-2020-zwfwsjglj", ReportStatus.DRAFT, null);
        count += sample(pingtan, "pingtan-2020-zone-html-text", ReportStatus.PUBLISHED, LocalDate.of(2021, 1, 29));
        count += sample(huaianGov, "huaian-2024-city-pdftotext-layout", ReportStatus.PUBLISHED,
                LocalDate.of(2025, 1, 24));
        count += sample(kewei, "shanghai-kewei-2024-pdf-markdown", ReportStatus.PUBLISHED, LocalDate.of(2025, 1, 20));

        // A generated region under 淮安市: city departments, counties with their departments, streets and towns.
        Random rng = new Random(20261126L);
        List<Agency> generated = new ArrayList<>();
        for (int i = 0; i < CITY_DEPARTMENTS.length; i++) {
            generated.add(agencies.create(Agency.childOf(huaianRegion, "淮安市" + CITY_DEPARTMENTS[i],
                    AgencyKind.AGENCY, i + 1)));
        }
        for (int c = 0; c < COUNTIES.length; c++) {
            String county = COUNTIES[c][0];
            Agency region = agencies.create(Agency.childOf(huaianRegion, county, AgencyKind.REGION, 100 + c));
            Agency government = agencies.create(Agency.childOf(region, county + "人民政府", AgencyKind.AGENCY, 0));
            generated.add(government);
            for (int d = 0; d < COUNTY_DEPARTMENTS.length; d++) {
                generated.add(agencies.create(Agency.childOf(region, county + COUNTY_DEPARTMENTS[d],
                        AgencyKind.AGENCY, d + 1)));
            }
            for (int s = 1; s < COUNTIES[c].length; s++) {
                String unit = COUNTIES[c][s].endsWith("街道") ? county + COUNTIES[c][s] + "办事处"
                        : county + COUNTIES[c][s] + "人民政府";
                generated.add(agencies.create(Agency.childOf(government, unit, AgencyKind.SUB_UNIT, s)));
            }
        }
        count += generateYears(rng, generated);

        users.save(AppUser.create("admin", passwords.encode(DEMO_PASSWORD), "系统管理员", Role.ADMIN, country.getId()));
        users.save(AppUser.create("viewer", passwords.encode(DEMO_PASSWORD), "全国领导", Role.VIEWER, country.getId()));
        users.save(AppUser.create("reviewer", passwords.encode(DEMO_PASSWORD), "淮安市政务公开办", Role.REVIEWER,
                huaianRegion.getId()));
        users.save(AppUser.create("editor", passwords.encode(DEMO_PASSWORD), "荔湾区填报员", Role.EDITOR, liwan.getId()));
        users.save(AppUser.create("editor2", passwords.encode(DEMO_PASSWORD), "淮安市教育局填报员", Role.EDITOR,
                generated.get(1).getId()));
        return count;
    }

    private int generateYears(Random rng, List<Agency> generated) {
        Map<Long, ReportGenerator.Profile> profiles = new HashMap<>();
        for (Agency a : generated) {
            double scale = ReportGenerator.randomScale(rng) * (a.getName().endsWith("人民政府")
                    && a.getKind() == AgencyKind.AGENCY ? 6 : 1);
            profiles.put(a.getId(), new ReportGenerator.Profile(a.getName(), scale));
        }
        Map<Long, ReportContent> previous = new HashMap<>();
        int count = 0;
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            List<NewReport> batch = new ArrayList<>();
            for (Agency a : generated) {
                ReportStatus status = statusFor(rng, year);
                if (status == null) {
                    continue;
                }
                LocalDate published = status == ReportStatus.PUBLISHED
                        ? LocalDate.of(year + 1, 1, 1).plusDays(rng.nextInt(100) < 93 ? 5 + rng.nextInt(26)
                        : 31 + rng.nextInt(40))
                        : null;
                ReportContent content = ReportGenerator.generate(rng, profiles.get(a.getId()), year,
                        previous.get(a.getId()), published);
                batch.add(new NewReport(a.getId(), status, content, previous.get(a.getId())));
                previous.put(a.getId(), content);
            }
            writer.write(batch);
            count += batch.size();
        }
        return count;
    }

    /** Past years are published; the latest year is still in the workflow, and some have not submitted. */
    private static ReportStatus statusFor(Random rng, int year) {
        if (year < LAST_YEAR) {
            return ReportStatus.PUBLISHED;
        }
        int x = rng.nextInt(100);
        if (x < 55) {
            return ReportStatus.PUBLISHED;
        } else if (x < 65) {
            return ReportStatus.APPROVED;
        } else if (x < 77) {
            return ReportStatus.SUBMITTED;
        } else if (x < 82) {
            return ReportStatus.RETURNED;
        } else if (x < 90) {
            return ReportStatus.DRAFT;
        }
        return null;
    }

    /** The sample's parts 一、五、六 as the importer reads them from the published text (figures come from the JSON). */
    private static Map<NarrativePart, String> narrativesOf(String name) {
        try {
            String text = new ClassPathResource("demo/samples/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
            return ReportImporter.importText(text).report().narratives();
        } catch (IOException | ImportException e) {
            log.warn("No narrative texts for sample {}: {}", name, e.getMessage());
            return Map.of();
        }
    }

    private int sample(Agency agency, String name, ReportStatus status, LocalDate published) {
        try {
            String json = new ClassPathResource("demo/samples/" + name + ".expected.json")
                    .getContentAsString(StandardCharsets.UTF_8);
            ReportContent c = CanonicalJson.read(json).report();
            ReportContent withDate = new ReportContent(c.agencyName(), c.year(), c.edition(), c.cells(),
                    narrativesOf(name), published);
            writer.write(List.of(new NewReport(agency.getId(), status, withDate, null)));
            return 1;
        } catch (IOException e) {
            throw new IllegalStateException("Demo sample " + name + " is missing", e);
        }
    }
}
