package org.junheng.site.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticCounty;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticSchool;

/**
 * Writes a made-up multi-county site of any size, the same for the same size and seed: a
 * registry with every school type, three years of statistics, county inputs, documents,
 * enrollment zones, plans and admissions, improvement projects and partnerships. It passes
 * {@code junheng check} without errors and holds nothing that looks like personal data.
 * Used to measure how builds scale (docs/performance.md).
 */
public final class SyntheticSite {

    /** The most schools a synthetic site can have: the county codes run out after that. */
    public static final int MAX_SCHOOLS = SyntheticRegistry.MAX_COUNTIES * SyntheticRegistry.SCHOOLS_PER_COUNTY;

    static final int LATEST_YEAR = 2024;
    static final int YEARS = 3;
    private static final String[] PROJECT_CATEGORIES = {"校舍建设", "运动场地", "功能教室", "仪器设备", "信息化", "图书"};
    private static final String[] PROJECT_INDICATORS = {"L4；G3", "L5", "G3", "L6", "L6", "L7"};
    private static final String[] PARTNERSHIP_TYPES = {"结对共建", "教育集团", "学区", "联盟"};
    private static final String[] ADMISSION_CATEGORIES = {"本地户籍", "随迁子女", "政策性照顾"};

    private final int schools;
    private final long seed;

    public SyntheticSite(int schools, long seed) {
        if (schools < 1) {
            throw new IllegalArgumentException("a synthetic site needs at least one school, not " + schools);
        }
        this.schools = schools;
        this.seed = seed;
    }

    /** Writes the site into {@code folder} (created if missing; it should be empty) and says what it holds. */
    public Summary write(Path folder) {
        List<SyntheticCounty> counties = SyntheticRegistry.counties(schools, seed);
        try {
            Path content = folder.resolve("content");
            Files.createDirectories(content.resolve("statistics"));
            Files.createDirectories(content.resolve("county"));
            Files.createDirectories(content.resolve("documents"));
            Files.createDirectories(content.resolve("projects"));
            writeConfig(folder.resolve("site-config.yml"), counties);
            writeRegistry(content.resolve("schools.csv"), counties);
            for (int back = YEARS - 1; back >= 0; back--) {
                writeStatistics(content.resolve("statistics/" + (LATEST_YEAR - back) + ".csv"), counties, back);
            }
            int documents = 0;
            for (SyntheticCounty county : counties) {
                for (int back = YEARS - 1; back >= 0; back--) {
                    writeCountyInputs(content.resolve("county/" + county.code() + "-" + (LATEST_YEAR - back) + ".yml"),
                            county, LATEST_YEAR - back);
                }
                documents += SyntheticDocuments.write(content.resolve("documents"), county, seed);
            }
            SyntheticEnrollment.write(content.resolve("enrollment"), counties, seed);
            writeProjects(content.resolve("projects/projects.csv"), counties);
            writePartnerships(content.resolve("partnerships.yml"), counties);
            return new Summary(counties.size(), schools, documents);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic site into " + folder, e);
        }
    }

    private static void writeConfig(Path file, List<SyntheticCounty> counties) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 合成的示例站点（全部虚构），用于测量构建的规模和速度。\n");
            out.write("title: 虚构省义务教育优质均衡发展信息公开\n");
            out.write("title_en: Fictional Province Compulsory Education Balance Portal\n");
            out.write("language: zh-CN\n");
            out.write("base_url: https://www.example.gov.cn/junheng/\n");
            out.write("publisher: 虚构省教育厅\n");
            out.write("publisher_en: Fictional Province Department of Education\n");
            out.write("region:\n  name: 虚构省\n  counties:\n");
            for (SyntheticCounty county : counties) {
                out.write("    - code: \"" + county.code() + "\"\n      name: " + county.name() + "\n");
            }
            out.write("standards:\n  set: national-2017\n  overrides: []\n");
            out.write("suppression_threshold: 5\n");
        }
    }

    private static void writeRegistry(Path file, List<SyntheticCounty> counties) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,name,aliases,type,parent,county,town,locality,ownership,boarding,address,phone,website,"
                    + "founded,latitude,longitude\n");
            int countyIndex = 0;
            for (SyntheticCounty county : counties) {
                for (SyntheticSchool school : county.schools()) {
                    Random random = new Random(school.seed() + 1);
                    String number = school.code().substring(6);
                    out.write(String.join(",", school.code(), school.name(), shortName(school), school.type().chinese(),
                            school.parent() == null ? "" : school.parent(), school.county(), school.town(),
                            school.locality(), school.ownership(), school.boarding() ? "是" : "否",
                            county.name() + school.town() + "学府路" + (Integer.parseInt(number) * 2 + 1) + "号",
                            school.type() == SchoolType.TEACHING_POINT ? ""
                                    : "0" + (790 + countyIndex % 100) + "-6" + county.code().substring(2) + number.substring(1),
                            "", String.valueOf(school.founded()),
                            coordinate(25 + countyIndex % 15 + random.nextDouble()),
                            coordinate(105 + countyIndex / 15 % 15 + random.nextDouble())));
                    out.write('\n');
                }
                countyIndex++;
            }
        }
    }

    private static String shortName(SyntheticSchool school) {
        return school.name().substring(school.name().indexOf(school.town()));
    }

    private static String coordinate(double degrees) {
        return String.format(java.util.Locale.ROOT, "%.4f", degrees);
    }

    private static void writeStatistics(Path file, List<SyntheticCounty> counties, int yearsBack) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SyntheticFigures.header());
            out.write('\n');
            for (SyntheticCounty county : counties) {
                for (SyntheticSchool school : county.schools()) {
                    out.write(SyntheticFigures.row(school, LATEST_YEAR - yearsBack, yearsBack));
                    out.write('\n');
                }
            }
        }
    }

    private void writeCountyInputs(Path file, SyntheticCounty county, int year) throws IOException {
        Random random = new Random(seed * 31 + county.code().hashCode() * 7L + year);
        String source = "《" + county.name() + year + "年义务教育优质均衡发展工作台账》";
        Files.writeString(file, """
                # %1$s %2$d—%3$d学年 县级评估输入（合成数据）
                county: "%4$s"
                year: %2$d
                guarantee:
                  G1:  { met: true, evidence: "%5$s" }
                  G2:  { construction: true, staffing: true, funding: true, equipment: %6$b, evidence: "%5$s" }
                  G6:  { met: true, evidence: "%5$s" }
                  G7:  { value: %7$d, evidence: "%5$s" }
                  G8:  { met: true, evidence: "%5$s" }
                  G9:  { value: 100, evidence: "%5$s" }
                  G10: { met: true, evidence: "%5$s" }
                  G11: { value: %8$s, backbone: %9$s, evidence: "%5$s" }
                  G12: { value: 100, evidence: "%5$s" }
                  G13: { primary: 100, junior: %10$s, evidence: "%5$s" }
                  G14: { value: %11$d, rural_tilt: true, evidence: "%5$s" }
                  G15: { care_system: true, migrant_public: %12$s, evidence: "%5$s" }
                quality:
                  Q1: { value: %13$s, evidence: "%5$s" }
                  Q2: { value: %14$s, evidence: "%5$s" }
                  Q3: { met: true, evidence: "%5$s" }
                  Q4: { value: %15$s, evidence: "%5$s" }
                  Q5: { met: true, evidence: "%5$s" }
                  Q6: { rating: %16$s, evidence: "%5$s" }
                  Q7: { met: true, evidence: "%5$s" }
                  Q8: { met: %17$b, evidence: "%5$s" }
                  Q9:
                    evidence: "%5$s"
                    subjects:
                      - { subject: 数学, grade: 四年级, level: %18$d, difference_rate: 0.%19$02d }
                      - { subject: 科学, grade: 八年级, level: %20$d, difference_rate: 0.%21$02d }
                social_recognition: { value: %22$s, evidence: "%5$s" }
                veto:
                  V1: { occurred: false }
                  V2: { occurred: false }
                  V3: { occurred: false }
                  V4: { occurred: false }
                  V5: { occurred: false }
                  V6: { occurred: false }
                """.formatted(county.name(), year, year + 1, county.code(), source, random.nextInt(10) > 0,
                6000 + 500 * random.nextInt(4), tenths(8 + random.nextDouble() * 10), tenths(15 + random.nextDouble() * 15),
                tenths(93 + random.nextDouble() * 7), 50 + random.nextInt(10), tenths(80 + random.nextDouble() * 20),
                tenths(94 + random.nextDouble() * 5), tenths(93 + random.nextDouble() * 6), tenths(4 + random.nextDouble() * 3),
                random.nextInt(4) == 0 ? "合格" : "良好", random.nextInt(8) > 0, 2 + random.nextInt(3),
                5 + random.nextInt(15), 2 + random.nextInt(3), 5 + random.nextInt(15), tenths(82 + random.nextDouble() * 15)),
                StandardCharsets.UTF_8);
    }

    static String tenths(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** One project for about every fifth school, some finished, some under way, a few overdue. */
    private void writeProjects(Path file, List<SyntheticCounty> counties) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,code,title,category,indicators,budget,funding,planned_start,planned_end,actual_start,"
                    + "actual_end,status,progress,evidence\n");
            for (SyntheticCounty county : counties) {
                int number = 0;
                for (SyntheticSchool school : county.schools()) {
                    Random random = new Random(school.seed() + 2);
                    if (random.nextInt(5) != 0) {
                        continue;
                    }
                    int year = LATEST_YEAR - random.nextInt(YEARS);
                    int kind = random.nextInt(PROJECT_CATEGORIES.length);
                    int stateDraw = random.nextInt(10);
                    boolean done = year < LATEST_YEAR ? stateDraw < 8 : stateDraw < 4;
                    String status = done ? "已完成" : (stateDraw == 9 ? "已暂停" : "实施中");
                    int progress = done ? 100 : 10 + random.nextInt(80);
                    String plannedEnd = (year + 1) + "-0" + (3 + random.nextInt(6)) + "-30";
                    out.write(String.join(",", county.code() + "-" + year + "-" + String.format("%03d", ++number),
                            school.code(), school.name().substring(county.name().length()) + PROJECT_CATEGORIES[kind] + "项目",
                            PROJECT_CATEGORIES[kind], PROJECT_INDICATORS[kind],
                            String.valueOf(5 + random.nextInt(400)), "县级财政", year + "-03-01", plannedEnd,
                            year + "-03-15", done ? plannedEnd.replace("-30", "-20") : "", status,
                            String.valueOf(progress), SyntheticDocuments.summarySlug(county, year)));
                    out.write('\n');
                }
            }
        }
    }

    /** In every county, groups of about eight schools led by a primary or nine-year school. */
    private void writePartnerships(Path file, List<SyntheticCounty> counties) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 合成数据：结对共建、教育集团、学区和学校联盟。\n");
            for (SyntheticCounty county : counties) {
                List<SyntheticSchool> schools = county.schools();
                int group = 0;
                for (int first = 0; first + 3 <= schools.size(); first += 8) {
                    List<SyntheticSchool> members = schools.subList(first, Math.min(schools.size(), first + 8));
                    SyntheticSchool lead = members.get(0);
                    String type = PARTNERSHIP_TYPES[group % PARTNERSHIP_TYPES.length];
                    out.write("- id: p" + county.code() + "-" + (++group) + "\n");
                    out.write("  name: " + lead.name().substring(county.name().length()) + type + "\n");
                    out.write("  type: " + type + "\n");
                    out.write("  lead: \"" + lead.code() + "\"\n");
                    out.write("  members: [" + String.join(", ", members.subList(1, members.size()).stream()
                            .map(member -> "\"" + member.code() + "\"").toList()) + "]\n");
                    out.write("  since: " + (LATEST_YEAR - 2) + "-09-01\n");
                    out.write("  reports: [" + SyntheticDocuments.summarySlug(county, LATEST_YEAR) + "]\n");
                }
            }
        }
    }

    static Stream<Stage> admittingStages(SyntheticSchool school) {
        return school.type().stages().stream().filter(stage -> stage != Stage.SENIOR);
    }

    static String[] admissionCategories() {
        return ADMISSION_CATEGORIES.clone();
    }

    /** What a synthetic site holds. */
    public record Summary(int counties, int schools, int documents) {
    }
}
