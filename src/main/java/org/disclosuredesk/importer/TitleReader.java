package org.disclosuredesk.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The agency, report year and publication date as the title and header of a report print them. */
final class TitleReader {

    record Title(String agency, Integer year, LocalDate publishedOn, int titleEnd) {
    }

    private static final Pattern TITLE_END = Pattern.compile("(?:年度报告|年报|工作报告)");
    private static final Pattern AGENCY_YEAR = Pattern.compile(
            "^(.*?)((?:19|20)\\d{2})年度?(.*?)(?:关于)?(?:政府信息公开|政务公开|信息公开)");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:发布|发文|成文)(?:时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})");
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|周期|时限)[^。]{0,12}?((?:19|20)\\d{2})\\s*年\\s*1\\s*月\\s*1\\s*日");
    private static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final int HEAD = 3000;

    private TitleReader() {
    }

    static Title read(SourceText src) {
        String text = src.original();
        String head = text.substring(0, Math.min(text.length(), HEAD));
        String[] lines = head.split("\n", -1);
        String agency = null;
        Integer year = null;
        int titleEnd = -1;
        int offset = 0;
        for (int li = 0; li < lines.length && li < 60; li++) {
            String line = lines[li];
            Matcher end = TITLE_END.matcher(compact(line));
            if (end.find() && compact(line).length() < 80) {
                String title = joinWithPrevious(lines, li);
                Matcher m = AGENCY_YEAR.matcher(title);
                if (m.find()) {
                    year = Integer.valueOf(m.group(2));
                    String between = tidyAgency(m.group(3));
                    agency = between.length() >= 2 ? between : tidyAgency(m.group(1));
                    if (agency.isEmpty()) {
                        agency = null;
                    }
                    titleEnd = offset + line.length();
                    break;
                }
            }
            offset += line.length() + 1;
        }
        if (year == null) {
            Matcher p = PERIOD.matcher(head);
            if (p.find()) {
                year = Integer.valueOf(p.group(1));
            }
        }
        if (year == null) {
            year = mostFrequentYear(head);
        }
        return new Title(agency, year, published(head), titleEnd);
    }

    /** A title wraps over up to three lines; the agency may stand on its own line above the year. */
    private static String joinWithPrevious(String[] lines, int li) {
        String title = compact(lines[li]);
        for (int k = li - 1; k >= 0 && k >= li - 3; k--) {
            if (namesAgency(title)) {
                break;
            }
            String prev = compact(lines[k]);
            if (prev.isEmpty()) {
                if (k == li - 1) {
                    continue;
                }
                break;
            }
            if (prev.length() > 40 || prev.endsWith("。")) {
                break;
            }
            title = prev + title;
        }
        return title;
    }

    private static boolean namesAgency(String title) {
        Matcher m = AGENCY_YEAR.matcher(title);
        return m.find() && (!tidyAgency(m.group(1)).isEmpty() || tidyAgency(m.group(3)).length() >= 2);
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000\\u00A0]+", "");
    }

    /** "标题:平潭综合实验区" → "平潭综合实验区"; "正文" and similar page furniture are dropped. */
    private static String tidyAgency(String s) {
        String a = s;
        int colon = Math.max(a.lastIndexOf(':'), a.lastIndexOf('：'));
        if (colon >= 0) {
            a = a.substring(colon + 1);
        }
        a = a.replaceAll("^(?:正文|标题|题目|附件\\d*)", "");
        a = a.replaceAll("^[\\p{Punct}、，。《》“”（）()\\[\\]【】]+|[\\p{Punct}、，。《》“”（（]+$", "");
        if (a.startsWith("关于")) {
            a = a.substring(2);
        }
        return a.strip();
    }

    private static LocalDate published(String head) {
        Matcher m = PUBLISHED.matcher(head);
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer mostFrequentYear(String head) {
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = ANY_YEAR.matcher(head);
        while (m.find()) {
            counts.merge(Integer.valueOf(m.group(1)), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
