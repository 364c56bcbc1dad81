package org.junheng.site.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticCounty;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticSchool;

/**
 * A county's disclosure documents: an implementation plan, a yearly work summary for every
 * year, and a notice for about every twentieth school, each with government-document
 * metadata and a Markdown body with a heading, a list and a table.
 */
final class SyntheticDocuments {

    private static final int SCHOOLS_PER_NOTICE = 20;

    private SyntheticDocuments() {
    }

    static String summarySlug(SyntheticCounty county, int year) {
        return "c" + county.code() + "-" + year + "-summary";
    }

    /** Writes the county's documents into {@code folder}; returns how many. */
    static int write(Path folder, SyntheticCounty county, long seed) throws IOException {
        Random random = new Random(seed * 17 + county.code().hashCode());
        int first = SyntheticSite.LATEST_YEAR - SyntheticSite.YEARS + 1;
        int written = 0;
        write(folder, "c" + county.code() + "-" + first + "-plan", county, "工作方案",
                county.name() + "推进义务教育优质均衡发展实施方案", first + "-03-1" + random.nextInt(10), 1,
                county.schools().subList(0, Math.min(3, county.schools().size())), random);
        written++;
        for (int year = first; year <= SyntheticSite.LATEST_YEAR; year++) {
            write(folder, summarySlug(county, year), county, "工作总结",
                    county.name() + year + "年义务教育优质均衡发展工作总结", (year + 1) + "-01-1" + random.nextInt(10),
                    2, county.schools().subList(0, Math.min(5, county.schools().size())), random);
            written++;
        }
        List<SyntheticSchool> schools = county.schools();
        for (int i = SCHOOLS_PER_NOTICE / 2; i < schools.size(); i += SCHOOLS_PER_NOTICE) {
            SyntheticSchool school = schools.get(i);
            write(folder, "c" + school.code() + "-notice", county, "通知",
                    "关于" + school.name() + "办学条件改善工作的通知", SyntheticSite.LATEST_YEAR + "-0" + (3 + random.nextInt(6))
                            + "-1" + random.nextInt(10), 10 + i, List.of(school), random);
            written++;
        }
        return written;
    }

    private static void write(Path folder, String slug, SyntheticCounty county, String type, String title, String date,
                              int number, List<SyntheticSchool> schools, Random random) throws IOException {
        String year = date.substring(0, 4);
        String issuer = county.name() + "教育体育局";
        String codes = schools.stream().map(school -> "\"" + school.code() + "\"").collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder();
        text.append("---\n")
                .append("title: ").append(title).append('\n')
                .append("type: ").append(type).append('\n')
                .append("date: ").append(date).append('\n')
                .append("issuer: ").append(issuer).append('\n')
                .append("number: ").append(county.name(), 0, 1).append("教体发〔").append(year).append("〕")
                .append(number).append("号\n")
                .append("index: ").append(county.code()).append("-JYTY-").append(year).append('-')
                .append(String.format("%04d", number)).append('\n')
                .append("topic: 教育\n")
                .append("schools: [").append(codes).append("]\n")
                .append("---\n\n")
                .append("本文件为合成的示例数据，").append(county.name()).append("及文中学校均为虚构。\n\n")
                .append("## 一、基本情况\n\n")
                .append("全县共有义务教育学校").append(county.schools().size()).append("所，分布在")
                .append(county.towns().size()).append("个乡镇街道。本年度重点推进以下工作：\n\n")
                .append("- 补齐乡村学校功能教室和体育场地短板；\n")
                .append("- 推进校长教师交流轮岗，交流比例达到").append(SyntheticSite.tenths(10 + random.nextDouble() * 8))
                .append("%；\n")
                .append("- 消除超过规定的班额。\n\n")
                .append("## 二、涉及学校\n\n")
                .append("| 学校 | 乡镇街道 | 类型 |\n|---|---|---|\n");
        for (SyntheticSchool school : schools) {
            text.append("| ").append(school.name()).append(" | ").append(school.town()).append(" | ")
                    .append(school.type().chinese()).append(" |\n");
        }
        text.append("\n特此").append(type.equals("通知") ? "通知" : "报告").append("。\n");
        Files.writeString(folder.resolve(slug + ".md"), text, StandardCharsets.UTF_8);
    }
}
