package org.junheng.site.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junheng.content.Stage;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticCounty;
import org.junheng.site.synthetic.SyntheticRegistry.SyntheticSchool;

/**
 * Enrollment for the last two school years: zones for every public school in both (the
 * newer year adds an area to every tenth school and drops one from every fifteenth, so the
 * changes show), and for the newest year the policy, timetable, plans and admission totals.
 */
final class SyntheticEnrollment {

    private static final int AREAS_PER_STAGE = 2;

    private SyntheticEnrollment() {
    }

    static void write(Path folder, List<SyntheticCounty> counties, long seed) throws IOException {
        int latest = SyntheticSite.LATEST_YEAR;
        Path previous = Files.createDirectories(folder.resolve(String.valueOf(latest - 1)));
        Path current = Files.createDirectories(folder.resolve(String.valueOf(latest)));
        writeZones(previous.resolve("zones.csv"), counties, false);
        writeZones(current.resolve("zones.csv"), counties, true);
        writePlansAndAdmissions(current, counties, seed);
        Files.writeString(current.resolve("timetable.csv"), """
                start,end,event,stage,detail
                %1$d-06-15,%1$d-06-25,一年级报名,小学,在招生服务平台报名，或到片区学校现场报名
                %1$d-06-26,%1$d-07-05,报名材料审核,小学,学校会同乡镇街道审核户籍和居住地证明
                %1$d-07-01,%1$d-07-10,七年级报名,初中,按就读小学对口升入初中
                %1$d-07-20,,公布录取结果,,各校在校门和网站公布录取人数
                """.formatted(latest), StandardCharsets.UTF_8);
        Files.writeString(current.resolve("policy.md"), """
                ---
                title: %1$d年义务教育招生入学政策（合成数据）
                date: %1$d-06-05
                materials:
                  - 儿童和父母的户口簿
                  - 居住地证明
                channels:
                  - { purpose: 咨询, name: 各县教育体育局基础教育股, phone: 0790-6212301, hours: "工作日 8:30—17:30" }
                  - { purpose: 投诉, name: 12345政务服务便民热线, phone: "12345", hours: 全天 }
                ---

                公办学校免试就近划片入学；民办学校与公办学校同步招生，报名人数超过计划的电脑随机录取。
                本页的政策、片区和计划都是合成的示例数据。
                """.formatted(latest), StandardCharsets.UTF_8);
    }

    private static void writeZones(Path file, List<SyntheticCounty> counties, boolean newer) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code,stage,town,area,range,note\n");
            for (SyntheticCounty county : counties) {
                int position = 0;
                for (SyntheticSchool school : county.schools()) {
                    position++;
                    if (!school.isPublic()) {
                        continue;
                    }
                    String number = school.code().substring(6);
                    List<Stage> stages = SyntheticSite.admittingStages(school).toList();
                    boolean rural = school.locality().equals("乡村");
                    for (Stage stage : stages) {
                        int areas = AREAS_PER_STAGE - (newer && position % 15 == 0 ? 1 : 0);
                        for (int area = 1; area <= areas; area++) {
                            String name = rural ? "第" + number + "-" + area + "村" : "第" + number + "-" + area + "社区";
                            out.write(String.join(",", school.code(), stage.chinese(), school.town(),
                                    stage == Stage.JUNIOR ? name.replace("第", "初中片区第") : name,
                                    area == 1 ? "" : "1—" + (20 + area * 10) + "号", "") + "\n");
                        }
                        if (newer && position % 10 == 0) {
                            out.write(String.join(",", school.code(), stage.chinese(), school.town(),
                                    "第" + number + "新建小区" + (stage == Stage.JUNIOR ? "（初中）" : ""), "", "新建小区")
                                    + "\n");
                        }
                    }
                }
            }
        }
    }

    private static void writePlansAndAdmissions(Path folder, List<SyntheticCounty> counties, long seed)
            throws IOException {
        String[] categories = SyntheticSite.admissionCategories();
        try (BufferedWriter plans = Files.newBufferedWriter(folder.resolve("plans.csv"), StandardCharsets.UTF_8);
             BufferedWriter admissions = Files.newBufferedWriter(folder.resolve("admissions.csv"),
                     StandardCharsets.UTF_8)) {
            plans.write("code,stage,classes,places\n");
            admissions.write("code,stage,category,applicants,admitted\n");
            for (SyntheticCounty county : counties) {
                for (SyntheticSchool school : county.schools()) {
                    Random random = new Random(school.seed() + seed + 3);
                    for (Stage stage : SyntheticSite.admittingStages(school).toList()) {
                        int classSize = stage == Stage.PRIMARY ? 45 : 50;
                        int classes = school.locality().equals("乡村") ? 1 : 2 + random.nextInt(6);
                        int places = classes * classSize;
                        plans.write(school.code() + "," + stage.chinese() + "," + classes + "," + places + "\n");
                        int remaining = places;
                        for (int c = 0; c < categories.length; c++) {
                            int share = c == 0 ? remaining * (60 + random.nextInt(30)) / 100
                                    : c == 1 ? remaining * random.nextInt(60) / 100 : random.nextInt(6);
                            int applicants = school.isPublic() ? share : share + random.nextInt(share + 1);
                            admissions.write(String.join(",", school.code(), stage.chinese(), categories[c],
                                    String.valueOf(applicants), String.valueOf(share)) + "\n");
                            remaining = Math.max(0, remaining - share);
                        }
                    }
                }
            }
        }
    }
}
