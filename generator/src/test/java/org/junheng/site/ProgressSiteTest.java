package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Improvement projects, partnerships and the filtered document lists. */
class ProgressSiteTest {

    static final String DOCUMENTS = """
            -- content/documents/2023-pairing-plan.md --
            ---
            title: 实验小学与河口镇学校结对共建方案
            type: 结对共建
            date: 2023-09-01
            schools: ["2199020001", "2199020003"]
            ---
            结对三年。
            -- content/documents/2024-summary.md --
            ---
            title: 2024年工作总结
            type: 工作总结
            date: 2024-12-20
            ---
            总结。
            """;

    static final String PROJECTS = """
            -- content/projects/projects.csv --
            项目编号,学校标识码,项目名称,类别,改善指标,预算（万元）,资金来源,计划开始,计划完成,实际开始,实际完成,状态,进度（%）,佐证文件
            P-1,2199020001,综合楼,校舍建设,L4；L5,1200,县级财政,2023-01-01,2024-08-31,2023-02-01,2024-08-20,已完成,100,2024-summary
            P-2,2199020003,围墙,安全设施,,10.5,县级财政,2024-03-01,2024-06-30,2024-04-01,,实施中,60,
            P-3,2199020003,风雨操场,运动场地,L5,180,省级补助,2025-03-01,2025-12-31,,,未开工,0,
            P-4,,骨干教师培养,师资队伍,L2,12,培训经费,2024-09-01,2024-12-31,2024-09-10,,已暂停,40,
            """;

    static final String PARTNERSHIPS = """
            -- content/partnerships.yml --
            - id: pairing
              name: 实验小学—河口镇学校结对共建
              type: 结对共建
              lead: "2199020001"
              members: ["2199020003"]
              since: 2023-09-01
              agreements: [2023-pairing-plan]
              reports: [2024-summary]
            - id: group
              name: 第一中学教育集团
              type: 教育集团
              lead: "2199020002"
              members: ["2199020003"]
            """;

    @TempDir
    java.nio.file.Path temp;

    @Test
    void projectsPastTheirPlannedEndAndNotFinishedAreCalledOut() {
        TestSite site = TestSite.in(temp, DOCUMENTS + PROJECTS);
        site.build(LocalDate.of(2025, 1, 15));

        Document page = site.html("projects/index.html");
        assertThat(page.select("section.callout li").eachText())
                .hasSize(2)
                .anySatisfy(item -> assertThat(item).contains("围墙", "2024-06-30"))
                .anySatisfy(item -> assertThat(item).contains("骨干教师培养", "已暂停"));
        assertThat(page.select("li.overdue .project-title").eachText()).allMatch(t -> t.contains("逾期"));
        assertThat(page.select("li#project-P-1").hasClass("overdue")).isFalse();
        assertThat(page.select("li#project-P-3").hasClass("overdue")).isFalse();

        // on a date before any planned end, nothing is overdue
        site.build(LocalDate.of(2024, 5, 1));
        assertThat(site.html("projects/index.html").select("section.callout")).isEmpty();
    }

    @Test
    void countyTotalsComparePlannedWithDoneByCategoryAndIndicator() {
        TestSite site = TestSite.in(temp, DOCUMENTS + PROJECTS);
        site.build(LocalDate.of(2025, 1, 15));

        Document page = site.html("projects/index.html");
        List<String> total = page.selectFirst("table:has(caption:contains(按类别汇总))")
                .select("tr:has(th:containsOwn(合计)) td").eachText();
        assertThat(total).containsExactly("4", "1", "1,402.5", "1,200");
        List<String> l5 = page.selectFirst("table:has(caption:contains(按改善的指标汇总))")
                .select("tr:has(th:contains(L5)) td").eachText();
        assertThat(l5).containsExactly("2", "1", "1,380", "1,200");
        assertThat(page.text()).contains("数据截至 2025-01-15", "逾期未完成 2");
    }

    @Test
    void eachProfileListsItsProjectsAndPartners() {
        TestSite site = TestSite.in(temp, DOCUMENTS + PROJECTS + PARTNERSHIPS);
        site.build(LocalDate.of(2025, 1, 15));

        Document hekou = site.html("schools/2199020003/index.html");
        assertThat(hekou.select("section:has(#school-projects) .project-title").eachText())
                .anySatisfy(t -> assertThat(t).contains("围墙", "逾期"))
                .anySatisfy(t -> assertThat(t).contains("风雨操场"))
                .noneSatisfy(t -> assertThat(t).contains("综合楼"));
        assertThat(hekou.select("section:has(#partners) li").eachText())
                .anySatisfy(t -> assertThat(t).contains("结对共建", "成员学校", "测试县实验小学"))
                .anySatisfy(t -> assertThat(t).contains("教育集团", "测试县第一中学"));
        assertThat(site.html("schools/2199020001/index.html").select("section:has(#partners) li").text())
                .contains("牵头学校", "河口镇九年一贯制学校");
        Document partnerships = site.html("partnerships/index.html");
        assertThat(partnerships.getElementById("pairing").text()).contains("实验小学与河口镇学校结对共建方案",
                "2024年工作总结", "2023-09-01");
    }

    @Test
    void projectsAndPartnershipsMustReferToSchoolsAndDocumentsThatExist() {
        TestSite site = TestSite.in(temp, DOCUMENTS + """
                -- content/projects/projects.csv --
                id,code,title,category,budget,planned_end,status,progress,evidence
                P-1,2199020009,食堂,生活设施,5,2024-08-31,未开工,0,no-such-document
                P-1,2199020001,食堂,生活设施,5,2024-08-31,未开工,0,
                -- content/partnerships.yml --
                - { id: g, name: 集团, type: 教育集团, lead: "2199020009", members: ["2199020001", "2199020001"] }
                """);

        assertThat(site.buildRejected()).extracting(Problem::rule).contains("project.unknown-school",
                "reference.unknown-document", "project.duplicate-id", "partnership.unknown-school",
                "partnership.duplicate-member");
    }

    @Test
    void aProjectsStatusMustAgreeWithItsDatesAndProgress() {
        TestSite site = TestSite.in(temp, """
                -- content/projects/projects.csv --
                id,title,category,indicators,budget,planned_end,actual_end,status,progress
                P-1,食堂,生活设施,L9,5,2024-08-31,,未开工,0
                P-2,食堂,生活设施,,5,2024-08-31,,已完成,100
                P-3,食堂,生活设施,,5,2024-08-31,2024-08-01,实施中,50
                P-4,食堂,食堂,,5,2024-08-31,,未开工,0
                P-5,食堂,生活设施,,5,2024-08-31,,进行中,120
                """);

        assertThat(site.buildRejected()).extracting(Problem::rule).contains("project.indicator",
                "project.done-without-date", "project.category", "project.finished-status", "cell.not-allowed",
                "project.progress");
    }

    @Test
    void pastFortySchoolsAFilterPageNamesOnlyItsOwnSchoolAndTheDisclosuresPageListsThemAll() {
        StringBuilder schools = new StringBuilder(TestSite.SCHOOLS);
        TestSite site = TestSite.in(temp);
        for (int i = 10; i < 51; i++) {
            String code = "21990200" + i;
            schools.append(code).append(",测试县第").append(i).append("小学,,小学,,990102,城关镇,城区,公办,否,,\n");
            site.write("content/documents/2024-notice-" + i + ".md", """
                    ---
                    title: 第%d小学通知
                    type: 通知
                    date: 2024-03-01
                    schools: ["%s"]
                    ---
                    通知。
                    """.formatted(i, code));
        }
        site.write("content/schools.csv", schools.toString());
        site.build();

        assertThat(site.html("disclosures/index.html").select("details.filters a[href*=by-school]")).hasSize(41);
        Document school = site.html("disclosures/by-school/2199020037/index.html");
        assertThat(school.select("details.filters a[href*=by-school]")).singleElement()
                .satisfies(link -> assertThat(link.text()).startsWith("测试县第37小学"));
        assertThat(school.select("details.filters a[href*=by-year]")).hasSize(1);
        assertThat(site.html("disclosures/by-year/2024/index.html").select("details.filters a[href*=by-school]"))
                .isEmpty();
    }

    @Test
    void theDocumentListCanBeFilteredByYearTypeAndSchoolWithoutJavaScript() {
        TestSite site = TestSite.in(temp, DOCUMENTS);
        site.build();

        Document list = site.html("disclosures/index.html");
        assertThat(list.select("details.filters a").eachAttr("href")).contains("../disclosures/by-year/2024/",
                "../disclosures/by-type/partnership/", "../disclosures/by-school/2199020003/");
        site.assertPage("disclosures/by-year/2023/index.html", "实验小学与河口镇学校结对共建方案");
        assertThat(site.file("disclosures/by-year/2023/index.html")).doesNotContain("2024年工作总结");
        site.assertPage("disclosures/by-type/summary/index.html", "2024年工作总结");
        assertThat(site.html("disclosures/by-school/2199020003/index.html").select("ul.documents li").size())
                .isEqualTo(1);
    }
}
