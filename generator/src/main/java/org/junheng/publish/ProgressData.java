package org.junheng.publish;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.content.Content;
import org.junheng.content.Partnership;
import org.junheng.content.PartnershipType;
import org.junheng.content.Project;
import org.junheng.content.ProjectStatus;
import org.junheng.indicators.Text;

/**
 * Improvement projects (改善项目) and school partnerships (结对共建, 教育集团, 学区, 联盟). Like the
 * registry they are lists as they stand at the release, not records of one school year, so every
 * assessed year's folder carries the current lists.
 */
final class ProgressData implements TableSource {

    static final TableSchema PROJECTS = TableSchema.of("projects", Text.of("改善项目", "Improvement projects"),
                    Text.of("为补齐办学条件短板实施的项目：学校、类别、改善的指标、预算、计划和实际日期、状态和进度、佐证文件。"
                                    + "清单不记录历史，各学年文件夹中都是发布时的清单。",
                            "Projects that close gaps in school conditions: school, category, the indicators they improve, "
                                    + "budget, planned and actual dates, status, progress and evidence. The list keeps no "
                                    + "history: every year's copy is the list at the release."),
                    List.of(
                            DataField.of("id", FieldType.STRING, "项目编号", "Project id").required(),
                            SharedFields.SCHOOL.described("项目所在学校；全县性项目为空", "The school; empty for a county-wide project")
                                    .optional(),
                            DataField.of("title", FieldType.STRING, "项目名称", "Title").required(),
                            DataField.of("category", FieldType.STRING, "类别", "Category").required(),
                            DataField.of("indicators", FieldType.STRING, "改善指标", "Indicators improved")
                                    .described("改善的资源配置指标（L1–L7）和县级项目（G3 等），以 ; 分隔",
                                            "The indicators (L1–L7) and county items (G3…) it improves, separated by ;"),
                            DataField.of("budget", FieldType.NUMBER, "预算", "Budget").unit("万元", "10,000 yuan").required(),
                            DataField.of("funding", FieldType.STRING, "资金来源", "Funding"),
                            DataField.of("planned_start", FieldType.DATE, "计划开始", "Planned start"),
                            DataField.of("planned_end", FieldType.DATE, "计划完成", "Planned end").required(),
                            DataField.of("actual_start", FieldType.DATE, "实际开始", "Actual start"),
                            DataField.of("actual_end", FieldType.DATE, "实际完成", "Actual end"),
                            DataField.of("status", FieldType.STRING, "状态", "Status")
                                    .oneOf(java.util.Arrays.stream(ProjectStatus.values()).map(ProjectStatus::chinese).toList())
                                    .required(),
                            DataField.of("progress", FieldType.INTEGER, "进度", "Progress").unit("%", "%").atLeast(0).required(),
                            DataField.of("evidence", FieldType.STRING, "佐证文件", "Evidence")
                                    .described("证明项目进展的公开文件（文件标识 slug），以 ; 分隔",
                                            "The disclosure documents (slugs) that prove it, separated by ;")))
            .primaryKey("id")
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema PARTNERSHIPS = TableSchema.of("partnerships", Text.of("学校合作", "School partnerships"),
                    Text.of("结对共建、教育集团、学区和学校联盟：牵头学校、成员学校、起止日期和相关文件。清单不记录历史，各学年文件夹中都是发布时的清单。",
                            "Pairings, education groups, school districts and alliances: the lead school, the members, "
                                    + "dates and documents. Every year's copy is the list at the release."),
                    List.of(
                            DataField.of("id", FieldType.STRING, "标识", "Id").required(),
                            DataField.of("name", FieldType.STRING, "名称", "Name").required(),
                            DataField.of("type", FieldType.STRING, "类型", "Type")
                                    .oneOf(java.util.Arrays.stream(PartnershipType.values()).map(PartnershipType::chinese).toList())
                                    .required(),
                            SharedFields.SCHOOL.renamed("lead", "牵头学校", "Lead school")
                                    .described("牵头学校的标识码", "The code of the lead school"),
                            DataField.of("members", FieldType.STRING, "成员学校", "Members")
                                    .described("成员学校的标识码，以 ; 分隔", "The members' school codes, separated by ;"),
                            DataField.of("since", FieldType.DATE, "开始日期", "Since"),
                            DataField.of("until", FieldType.DATE, "结束日期", "Until"),
                            DataField.of("summary", FieldType.STRING, "简介", "Summary"),
                            DataField.of("agreements", FieldType.STRING, "协议文件", "Agreements")
                                    .described("成立或约定合作的公开文件（slug），以 ; 分隔", "Documents that set it up (slugs), separated by ;"),
                            DataField.of("reports", FieldType.STRING, "总结文件", "Reports")
                                    .described("报告合作成效的公开文件（slug），以 ; 分隔", "Documents that report on it (slugs), separated by ;")))
            .primaryKey("id")
            .foreignKey(ForeignKey.toSchools("lead"));

    private final Content content;
    private final SortedSet<Integer> years;

    /** @param years the school years whose folders carry the current lists */
    ProgressData(Content content, SortedSet<Integer> years) {
        this.content = content;
        this.years = new TreeSet<>(years);
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(PROJECTS, PARTNERSHIPS);
    }

    @Override
    public SortedSet<Integer> years() {
        return years;
    }

    @Override
    public List<Table> tables(int year) {
        return List.of(new Table(PROJECTS, content.projects().stream().map(ProgressData::project).toList()),
                new Table(PARTNERSHIPS, content.partnerships().stream().map(ProgressData::partnership).toList()));
    }

    private static List<String> project(Project p) {
        return PROJECTS.row()
                .set("id", p.id())
                .set("code", Cells.text(p.schoolCode()))
                .set("title", p.title())
                .set("category", p.category())
                .set("indicators", Cells.list(p.indicators()))
                .set("budget", Cells.decimal(p.budgetWan()))
                .set("funding", p.funding())
                .set("planned_start", Cells.date(p.plannedStart()))
                .set("planned_end", Cells.date(p.plannedEnd()))
                .set("actual_start", Cells.date(p.actualStart()))
                .set("actual_end", Cells.date(p.actualEnd()))
                .set("status", p.status().chinese())
                .set("progress", Cells.integer(p.progress()))
                .set("evidence", Cells.list(p.evidence()))
                .cells();
    }

    private static List<String> partnership(Partnership p) {
        return PARTNERSHIPS.row()
                .set("id", p.id())
                .set("name", p.name())
                .set("type", p.type().chinese())
                .set("lead", p.leadCode())
                .set("members", Cells.list(p.memberCodes()))
                .set("since", Cells.date(p.since()))
                .set("until", Cells.date(p.until()))
                .set("summary", p.summary())
                .set("agreements", Cells.list(p.agreements()))
                .set("reports", Cells.list(p.reports()))
                .cells();
    }
}
