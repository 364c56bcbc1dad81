package org.junheng.publish;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.content.Content;
import org.junheng.content.EnrollmentPlan;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.School;
import org.junheng.content.Stage;
import org.junheng.content.Zone;
import org.junheng.indicators.SuppressedTable;
import org.junheng.indicators.Text;
import org.junheng.render.AdmissionTables;

/**
 * Each enrollment year (招生入学): the schools' zones, their plans, and the admission results as
 * aggregates only — never a list of children. The results are suppressed exactly as the
 * enrollment pages show them (the same {@link AdmissionTables}), so a count hidden on a page is
 * hidden in the data too and the two cannot be combined to recover it.
 */
final class EnrollmentData implements TableSource {

    /** The category of a row that adds up every category. */
    static final String ALL_CATEGORIES = "合计";

    static final TableSchema ZONES = TableSchema.of("zones", Text.of("招生片区", "Enrollment zones"),
                    Text.of("各校各学段本学年的招生片区（社区、村、街道或小区，必要时写明门牌范围），与招生页面相同。",
                            "Each school's enrollment zone per stage for the year: communities, villages, streets or "
                                    + "compounds, with house-number ranges where given, as the enrollment pages show them."),
                    List.of(SharedFields.YEAR, SharedFields.SCHOOL, SharedFields.STAGE,
                            DataField.of("town", FieldType.STRING, "乡镇街道", "Town").required(),
                            DataField.of("area", FieldType.STRING, "片区", "Area")
                                    .described("社区、村、街道或小区名称", "Community, village, street or compound").required(),
                            DataField.of("range", FieldType.STRING, "门牌范围", "House numbers")
                                    .described("只划入部分门牌时的范围", "The house-number range when only part of the area belongs"),
                            DataField.of("note", FieldType.STRING, "备注", "Note")))
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema PLANS = TableSchema.of("enrollment_plans", Text.of("招生计划", "Enrollment plans"),
                    Text.of("各校各学段本学年计划招生的班数和人数。", "Each school's planned classes and places per stage."),
                    List.of(SharedFields.YEAR, SharedFields.SCHOOL, SharedFields.STAGE,
                            DataField.of("classes", FieldType.INTEGER, "计划班数", "Planned classes").unit("个", "classes")
                                    .atLeast(0),
                            DataField.of("places", FieldType.INTEGER, "计划人数", "Planned places").unit("个学位", "places")
                                    .described("计划招收的学位数（不是已录取的儿童人数）", "Places offered, not children admitted")
                                    .atLeast(0).required()))
            .primaryKey("year", "code", "stage")
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema ADMISSIONS = TableSchema.of("admissions", Text.of("招生结果（汇总）", "Admission results (aggregates)"),
                    Text.of("各校各学段按类别（本地户籍、随迁子女等）汇总的报名和录取人数，以及各校合计和全部学校合计。"
                                    + "只公布汇总数，不公布任何儿童名单；少于阈值的人数以 * 代替，能据此推算出的格也一并隐藏。",
                            "Applicants and admissions per school, stage and category (local household, migrant children…), "
                                    + "with school totals and the total of all schools. Aggregates only, never a list of "
                                    + "children; counts below the threshold are *, as is any cell that would reveal one."),
                    List.of(SharedFields.YEAR, SharedFields.STAGE,
                            DataField.of("level", FieldType.STRING, "汇总层级", "Level")
                                    .described("school = 一所学校，all = 全部学校合计", "school: one school; all: every school together")
                                    .oneOf(List.of("school", "all")).required(),
                            SharedFields.SCHOOL.described("学校标识码；全部学校合计的行为空",
                                    "The school code; empty on the rows of all schools together").optional(),
                            DataField.of("category", FieldType.STRING, "类别", "Category")
                                    .described("招生类别；“合计”为全部类别之和", "The admission category; 合计 adds up every category")
                                    .required(),
                            DataField.of("applicants", FieldType.INTEGER, "报名人数", "Applicants").unit("人", "children")
                                    .atLeast(0).suppressed(),
                            DataField.of("admitted", FieldType.INTEGER, "录取人数", "Admitted").unit("人", "children")
                                    .atLeast(0).suppressed()))
            .foreignKey(ForeignKey.toSchools("code"));

    private final Content content;
    private final int threshold;

    EnrollmentData(Content content, int threshold) {
        this.content = content;
        this.threshold = threshold;
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(ZONES, PLANS, ADMISSIONS);
    }

    @Override
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        content.enrollment().forEach(e -> years.add(e.year()));
        return years;
    }

    @Override
    public List<Table> tables(int year) {
        EnrollmentYear enrollment = content.enrollment(year).orElseThrow();
        return List.of(new Table(ZONES, enrollment.zones().stream().map(z -> zone(year, z))
                        .collect(PackedRows.collector())),
                new Table(PLANS, enrollment.plans().stream().map(p -> plan(year, p))
                        .collect(PackedRows.collector())),
                new Table(ADMISSIONS, admissions(enrollment)));
    }

    private static List<String> zone(int year, Zone zone) {
        return ZONES.row()
                .set("year", Cells.integer(year))
                .set("code", zone.schoolCode())
                .set("stage", zone.stage().key())
                .set("town", zone.town())
                .set("area", zone.area())
                .set("range", Cells.text(zone.range()))
                .set("note", Cells.text(zone.note()))
                .cells();
    }

    private static List<String> plan(int year, EnrollmentPlan plan) {
        return PLANS.row()
                .set("year", Cells.integer(year))
                .set("code", plan.schoolCode())
                .set("stage", plan.stage().key())
                .set("classes", Cells.integer(plan.classes()))
                .set("places", Cells.integer(plan.places()))
                .cells();
    }

    private PackedRows admissions(EnrollmentYear year) {
        Map<String, School> schools = content.schoolsByCode();
        AdmissionTables tables = new AdmissionTables(year, schools, threshold);
        PackedRows.Builder rows = new PackedRows.Builder();
        for (Stage stage : Stage.values()) {
            tables.stage(stage).ifPresent(results -> {
                for (int r = 0; r <= results.schools().size(); r++) {
                    boolean all = r == results.schools().size();
                    for (int c = 0; c <= results.categories().size(); c++) {
                        rows.add(ADMISSIONS.row()
                                .set("year", Cells.integer(year.year()))
                                .set("stage", stage.key())
                                .set("level", all ? "all" : "school")
                                .set("code", all ? MissingValues.EMPTY : results.schools().get(r).code())
                                .set("category", c == results.categories().size() ? ALL_CATEGORIES
                                        : results.categories().get(c))
                                .set("applicants", cell(results.applicants(), r, c))
                                .set("admitted", cell(results.admitted(), r, c))
                                .cells());
                    }
                }
            });
        }
        return rows.build();
    }

    /** The count as the pages show it, or the suppression code. */
    private static String cell(SuppressedTable table, int row, int column) {
        return table.isSuppressed(row, column) ? MissingValues.SUPPRESSED : Cells.integer(table.shown(row, column));
    }
}
