package org.junheng.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junheng.content.School;
import org.junheng.indicators.CompositeCvResult;
import org.junheng.indicators.CvResult;
import org.junheng.indicators.Dispersion;
import org.junheng.indicators.ExcludedSchool;
import org.junheng.indicators.Gap;
import org.junheng.indicators.IndicatorResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.ResourceAllocation;
import org.junheng.indicators.SchoolPartResult;
import org.junheng.indicators.Setting;
import org.junheng.indicators.Text;

/**
 * The schemas and rows of part 1, 资源配置: every school part's indicators and verdict, the
 * schools left out, and the county CVs. CVs, means and standard deviations are printed to
 * {@link #CV_DECIMALS} decimals, enough to check a recomputation; indicator values keep every
 * digit the engine used, so the CVs can be recomputed from the indicator table alone.
 */
final class IndicatorTables {

    /** Decimals of the published mean, standard deviation and CV. */
    static final int CV_DECIMALS = 15;
    /** Decimals of a CV as pages show it. */
    static final int CV_DISPLAY_DECIMALS = 3;

    private static final DataField INDICATOR = DataField.of("indicator", FieldType.STRING, "指标代码", "Indicator code")
            .described("标准中的指标编号：2017 年优质均衡为 L1–L7，2012 年基本均衡为 B1–B8",
                    "The standard's indicator code: L1–L7 (2017 quality balance), B1–B8 (2012 basic balance)")
            .required();
    private static final DataField INDICATOR_NAME = DataField.of("indicator_name", FieldType.STRING, "指标名称",
            "Indicator name").described("指标的中文名称", "The indicator's name in Chinese").required();

    static final TableSchema INDICATORS = TableSchema.of("indicators", Text.of("各校资源配置指标", "Indicators per school"),
                    Text.of("每所学校（一贯制学校按学段分别计算）的 7 项资源配置指标：未经四舍五入的数值、标准值、是否达标、"
                                    + "达到标准值的百分比、差距和无法评估的原因。value = amount ÷ students × per_students。",
                            "The resource indicators of every school (each stage of a multi-stage school on its own): the "
                                    + "unrounded value, threshold, whether it is met, percent of threshold, the gap and why a "
                                    + "value is not assessable. value = amount ÷ students × per_students."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY, SharedFields.SCHOOL, SharedFields.STAGE, INDICATOR,
                            INDICATOR_NAME,
                            DataField.of("students", FieldType.INTEGER, "学段在校生数", "Students of the stage")
                                    .described("本学段在校生数，即计算差异系数时的权重 Pᵢ", "The stage's students: the weight Pᵢ in the CV")
                                    .unit("人", "persons").schoolSize(),
                            DataField.of("amount", FieldType.NUMBER, "分子", "Amount")
                                    .described("计算指标的分子：本学段的教师数，或按加权学生数分摊到本学段的共用校舍、设备（元）、教室数",
                                            "The numerator: the stage's teachers, or its weighted-students share of the "
                                                    + "school's floor area, equipment (yuan) or rooms"),
                            DataField.of("per_students", FieldType.NUMBER, "每多少名学生", "Per students")
                                    .described("100 表示“每百名学生”，1 表示“生均”", "100 for per hundred students, 1 for per student")
                                    .required(),
                            DataField.of("value", FieldType.NUMBER, "指标值", "Value")
                                    .described("未经四舍五入的指标值（保留计算时的全部有效数字）；无法评估时为空",
                                            "The unrounded value, with every digit computed; empty when not assessable"),
                            DataField.of("unit", FieldType.STRING, "单位", "Unit").described("指标值的单位", "Unit of the value"),
                            DataField.of("threshold", FieldType.NUMBER, "标准值", "Threshold")
                                    .described("本学段的标准值，指标值不低于它即达标；标准没有规定时为空",
                                            "The stage's threshold; met when the value is at least this. Empty when the "
                                                    + "standard sets none"),
                            SharedFields.SET_BY.renamed("threshold_set_by", "标准值出处", "Threshold set by"),
                            SharedFields.OUTCOME, SharedFields.MET,
                            DataField.of("percent_of_threshold", FieldType.NUMBER, "达到标准值的百分比", "Percent of threshold")
                                    .described("value ÷ threshold × 100，未经四舍五入", "value ÷ threshold × 100, unrounded")
                                    .unit("%", "%"),
                            DataField.of("shortfall", FieldType.NUMBER, "差距", "Shortfall")
                                    .described("未达标时，达到标准值还差的分子数量（单位同 amount）", "When not met, how much "
                                            + "of the amount is missing to reach the threshold (unit of amount)"),
                            DataField.of("to_add", FieldType.NUMBER, "至少需增加", "To add")
                                    .described("未达标时，至少需增加的整数数量（名教师、间教室、㎡ 或元）",
                                            "When not met, the smallest whole number of teachers, rooms, m² or yuan to add"),
                            SharedFields.REASON, SharedFields.REASON_EN))
            .primaryKey("year", "code", "stage", "indicator")
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema SCHOOL_PARTS = TableSchema.of("school_parts", Text.of("各校达标情况", "Per-school verdicts"),
                    Text.of("每所学校（按学段）是否达到“至少 6 项达标、其余不低于标准值 85%”的校际要求，以及共用设施的分摊比例。",
                            "Whether each school (per stage) meets the per-school rule — at least 6 indicators met, the "
                                    + "others at least 85% of their threshold — and its share of shared facilities."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY, SharedFields.SCHOOL, SharedFields.STAGE,
                            DataField.of("students", FieldType.INTEGER, "学段在校生数", "Students of the stage")
                                    .unit("人", "persons").schoolSize(),
                            DataField.of("facility_share", FieldType.NUMBER, "共用设施分摊比例", "Facility share")
                                    .described("按加权学生数（小学 : 初中 : 高中 = 1 : 1.1 : 1.32，完全中学初中 : 高中 = 1 : 1.2）"
                                                    + "分摊给本学段的共用校舍、设备比例；单学段学校为 1；无法分摊时为空",
                                            "The stage's share of shared buildings and equipment, by weighted students; 1 "
                                                    + "for a single-stage school; empty when it cannot be split"),
                            SharedFields.OUTCOME.described("本校（本学段）是否达到校际要求；标准没有校际要求时为 no_standard",
                                    "Whether the school part meets the per-school rule; no_standard when the standard has none"),
                            DataField.of("indicators_met", FieldType.INTEGER, "达标指标数", "Indicators met").atLeast(0),
                            DataField.of("indicators_not_met", FieldType.INTEGER, "未达标指标数", "Indicators not met").atLeast(0),
                            DataField.of("indicators_not_assessable", FieldType.INTEGER, "无法评估指标数",
                                    "Indicators not assessable").atLeast(0),
                            SharedFields.REASON.described("未达到或无法判断校际要求的原因（中文）", "Why the rule is not met or not decided"),
                            SharedFields.REASON_EN))
            .primaryKey("year", "code", "stage")
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema EXCLUDED = TableSchema.of("excluded", Text.of("未参与计算的学校", "Schools not assessed"),
                    Text.of("本学年未参与资源配置指标和差异系数计算的登记学校及原因：按标准不参与的（特殊教育学校、不足 50 人的教学点），"
                                    + "以及未报送统计数据的。",
                            "Registered schools left out of the resource indicators and CVs this year, and why: by the "
                                    + "standard (special education, teaching points under 50 students) or for lack of statistics."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY, SharedFields.SCHOOL,
                            DataField.of("kind", FieldType.STRING, "类别", "Kind")
                                    .described("excluded = 按标准不参与计算，no_statistics = 未报送本学年统计数据",
                                            "excluded: left out by the standard; no_statistics: no statistics this year")
                                    .oneOf(List.of("excluded", "no_statistics")).required(),
                            DataField.of("students", FieldType.INTEGER, "在校生数", "Students").unit("人", "persons").schoolSize(),
                            SharedFields.REASON.required(), SharedFields.REASON_EN.required()))
            .primaryKey("year", "code")
            .foreignKey(ForeignKey.toSchools("code"));

    static final TableSchema CVS = TableSchema.of("cvs", Text.of("县域差异系数", "County CVs"),
                    Text.of("每项指标、每个学段的校际差异系数：以学生数为权重、总体方差，X̄ = ΣPᵢXᵢ/P，S = √(Σ(Pᵢ/P)(Xᵢ−X̄)²)，"
                                    + "CV = S/X̄。可用 indicators 表中同县、同学段、同指标且 value 不为空的行重新计算。",
                            "The between-school CV of each indicator and stage: student-weighted, population variance, "
                                    + "X̄ = ΣPᵢXᵢ/P, S = √(Σ(Pᵢ/P)(Xᵢ−X̄)²), CV = S/X̄. Recompute it from the indicators rows of "
                                    + "the same county, stage and indicator whose value is not empty."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY, INDICATOR, INDICATOR_NAME, SharedFields.STAGE,
                            DataField.of("schools", FieldType.INTEGER, "参与计算学校数", "Schools")
                                    .described("参与计算的学校（学段）数 n", "The number n of school parts in the CV").atLeast(0),
                            DataField.of("students", FieldType.INTEGER, "学生总数", "Students")
                                    .described("参与计算学校的学生总数 P = ΣPᵢ", "P = ΣPᵢ").unit("人", "persons").schoolSize(),
                            DataField.of("mean", FieldType.NUMBER, "加权平均值", "Weighted mean")
                                    .described("X̄ = ΣPᵢXᵢ / P，保留 15 位小数（四舍五入）", "X̄ = ΣPᵢXᵢ / P, 15 decimals (half up)"),
                            DataField.of("standard_deviation", FieldType.NUMBER, "加权标准差", "Weighted standard deviation")
                                    .described("S = √(Σ(Pᵢ/P)(Xᵢ − X̄)²)，总体方差（不除以 n−1），保留 15 位小数",
                                            "S = √(Σ(Pᵢ/P)(Xᵢ − X̄)²), population variance (no n−1), 15 decimals"),
                            DataField.of("cv", FieldType.NUMBER, "差异系数", "CV")
                                    .described("CV = S / X̄，保留 15 位小数；是否达标按未经四舍五入的值判断",
                                            "CV = S / X̄, 15 decimals; met is judged on the unrounded value"),
                            DataField.of("cv_rounded", FieldType.NUMBER, "差异系数（三位小数）", "CV (3 decimals)")
                                    .described("页面显示的差异系数，四舍五入到三位小数", "The CV as pages show it, half up to 3 decimals"),
                            DataField.of("limit", FieldType.NUMBER, "差异系数上限", "CV limit")
                                    .described("不超过它即达标", "Met when the CV is at most this"),
                            SharedFields.SET_BY.renamed("limit_set_by", "上限出处", "Limit set by"),
                            SharedFields.OUTCOME, SharedFields.MET,
                            DataField.of("left_out", FieldType.INTEGER, "未参与计算的学校数", "Left out")
                                    .described("该指标无法评估、因而不在此差异系数中的学校（学段）数",
                                            "School parts whose value is not assessable, so not in this CV").atLeast(0),
                            DataField.of("previous_year", FieldType.YEAR, "比较学年", "Compared with")
                                    .described("上一个有此差异系数的学年", "The previous school year with this CV"),
                            DataField.of("change", FieldType.NUMBER, "变化", "Change")
                                    .described("本学年差异系数减去比较学年的，保留 15 位小数", "This CV minus the previous, 15 decimals"),
                            SharedFields.REASON.described("没有差异系数的原因（中文）", "Why there is no CV"), SharedFields.REASON_EN))
            .primaryKey("year", "county", "indicator", "stage");

    static final TableSchema COMPOSITES = TableSchema.of("basic_balance_composites",
                    Text.of("基本均衡综合差异系数", "Basic-balance composite CVs"),
                    Text.of("2012 年基本均衡标准的综合差异系数：每个学段 8 项指标差异系数的算术平均值（见 basic_balance_cvs）。",
                            "The 2012 basic-balance composite CV: the plain mean of the stage's 8 indicator CVs "
                                    + "(see basic_balance_cvs)."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY, SharedFields.STAGE,
                            DataField.of("cv", FieldType.NUMBER, "综合差异系数", "Composite CV")
                                    .described("8 项差异系数的平均值，保留 15 位小数", "Mean of the 8 CVs, 15 decimals"),
                            DataField.of("cv_rounded", FieldType.NUMBER, "综合差异系数（三位小数）", "Composite CV (3 decimals)"),
                            DataField.of("limit", FieldType.NUMBER, "上限", "Limit"),
                            SharedFields.SET_BY.renamed("limit_set_by", "上限出处", "Limit set by"),
                            SharedFields.OUTCOME, SharedFields.MET,
                            DataField.of("previous_year", FieldType.YEAR, "比较学年", "Compared with"),
                            DataField.of("change", FieldType.NUMBER, "变化", "Change"),
                            SharedFields.REASON, SharedFields.REASON_EN))
            .primaryKey("year", "county", "stage");

    private IndicatorTables() {
    }

    static List<List<String>> indicatorRows(String county, ResourceAllocation resources, TableSchema schema) {
        List<List<String>> rows = new ArrayList<>();
        for (SchoolPartResult part : resources.parts()) {
            for (IndicatorResult result : part.indicators()) {
                IndicatorResult.Exact exact = result.exact(); // each a division, as is the gap
                Optional<Gap> gap = result.gap();
                rows.add(schema.row()
                        .set("year", Cells.integer(resources.year()))
                        .set("county", county)
                        .set("code", part.school().code())
                        .set("stage", part.stage().key())
                        .set("indicator", result.code())
                        .set("indicator_name", result.indicator().name().zh())
                        .set("students", Cells.integer(result.students()))
                        .set("amount", Cells.decimal(result.amount()))
                        .set("per_students", Cells.decimal(result.indicator().perStudents()))
                        .set("value", Cells.decimal(exact.value()))
                        .set("unit", result.indicator().unit().zh())
                        .set("threshold", Cells.decimal(result.threshold().map(Setting::value)))
                        .set("threshold_set_by", Cells.text(result.threshold().map(s -> s.setBy().citation())))
                        .set("outcome", Cells.outcome(result.outcome()))
                        .set("met", met(result.outcome()))
                        .set("percent_of_threshold", Cells.decimal(exact.percentOfThreshold()))
                        .set("shortfall", Cells.decimal(gap.map(Gap::shortfall)))
                        .set("to_add", Cells.decimal(gap.map(Gap::toAdd)))
                        .set("reason", Cells.text(result.problem().map(Text::zh)))
                        .set("reason_en", Cells.text(result.problem().map(Text::en)))
                        .cells());
            }
        }
        return rows;
    }

    static List<List<String>> schoolPartRows(String county, ResourceAllocation resources) {
        List<List<String>> rows = new ArrayList<>();
        for (SchoolPartResult part : resources.parts()) {
            TableSchema.Row row = SCHOOL_PARTS.row()
                    .set("year", Cells.integer(resources.year()))
                    .set("county", county)
                    .set("code", part.school().code())
                    .set("stage", part.stage().key())
                    .set("students", Cells.integer(part.students()))
                    .set("facility_share", Cells.decimal(part.facilityShare().map(s -> s.fraction())))
                    .set("indicators_met", Cells.integer(count(part, Outcome.MET)))
                    .set("indicators_not_met", Cells.integer(count(part, Outcome.NOT_MET)))
                    .set("indicators_not_assessable", Cells.integer(count(part, Outcome.NOT_ASSESSABLE)));
            if (part.verdict().isPresent()) {
                Text reasons = Text.join(part.verdict().get().reasons());
                row.set("outcome", Cells.outcome(part.verdict().get().outcome()))
                        .set("reason", reasons.zh())
                        .set("reason_en", reasons.en());
            } else {
                row.set("outcome", Cells.outcome(Outcome.NO_STANDARD));
            }
            rows.add(row.cells());
        }
        return rows;
    }

    static List<List<String>> excludedRows(String county, ResourceAllocation resources) {
        List<List<String>> rows = new ArrayList<>();
        for (ExcludedSchool excluded : resources.excluded()) {
            rows.add(EXCLUDED.row()
                    .set("year", Cells.integer(resources.year()))
                    .set("county", county)
                    .set("code", excluded.school().code())
                    .set("kind", "excluded")
                    .set("students", Cells.integer(excluded.students()))
                    .set("reason", excluded.reason().zh())
                    .set("reason_en", excluded.reason().en())
                    .cells());
        }
        for (School school : resources.withoutStatistics()) {
            rows.add(EXCLUDED.row()
                    .set("year", Cells.integer(resources.year()))
                    .set("county", county)
                    .set("code", school.code())
                    .set("kind", "no_statistics")
                    .set("reason", "本学年未报送统计数据")
                    .set("reason_en", "no statistics reported for this school year")
                    .cells());
        }
        return rows;
    }

    static List<List<String>> cvRows(String county, ResourceAllocation resources, TableSchema schema) {
        List<List<String>> rows = new ArrayList<>();
        for (CvResult cv : resources.cvs()) {
            TableSchema.Row row = schema.row()
                    .set("year", Cells.integer(resources.year()))
                    .set("county", county)
                    .set("indicator", cv.code())
                    .set("indicator_name", cv.indicator().name().zh())
                    .set("stage", cv.stage().key())
                    .set("schools", Cells.integer(cv.dispersion().map(Dispersion::count).orElse(0)))
                    .set("students", cv.dispersion().map(d -> Cells.decimal(d.students())).orElse("0"))
                    .set("mean", Cells.fixed(cv.dispersion().map(Dispersion::mean), CV_DECIMALS))
                    .set("standard_deviation", Cells.fixed(cv.dispersion().map(Dispersion::standardDeviation), CV_DECIMALS))
                    .set("cv", Cells.fixed(cv.cv(), CV_DECIMALS))
                    .set("cv_rounded", Cells.fixed(cv.cv(), CV_DISPLAY_DECIMALS))
                    .set("limit", Cells.decimal(cv.limit().map(Setting::value)))
                    .set("limit_set_by", Cells.text(cv.limit().map(s -> s.setBy().citation())))
                    .set("outcome", Cells.outcome(cv.outcome()))
                    .set("met", met(cv.outcome()))
                    .set("left_out", Cells.integer(cv.leftOut().size()))
                    .set("reason", Cells.text(cv.problem().map(Text::zh)))
                    .set("reason_en", Cells.text(cv.problem().map(Text::en)));
            cv.change().ifPresent(change -> row.set("previous_year", Cells.integer(change.previousYear()))
                    .set("change", Cells.fixed(change.difference(), CV_DECIMALS)));
            rows.add(row.cells());
        }
        return rows;
    }

    static List<List<String>> compositeRows(String county, ResourceAllocation resources) {
        List<List<String>> rows = new ArrayList<>();
        for (CompositeCvResult composite : resources.composites()) {
            TableSchema.Row row = COMPOSITES.row()
                    .set("year", Cells.integer(resources.year()))
                    .set("county", county)
                    .set("stage", composite.stage().key())
                    .set("cv", Cells.fixed(composite.value(), CV_DECIMALS))
                    .set("cv_rounded", Cells.fixed(composite.value(), CV_DISPLAY_DECIMALS))
                    .set("limit", Cells.decimal(composite.limit().map(Setting::value)))
                    .set("limit_set_by", Cells.text(composite.limit().map(s -> s.setBy().citation())))
                    .set("outcome", Cells.outcome(composite.outcome()))
                    .set("met", met(composite.outcome()))
                    .set("reason", Cells.text(composite.problem().map(Text::zh)))
                    .set("reason_en", Cells.text(composite.problem().map(Text::en)));
            composite.change().ifPresent(change -> row.set("previous_year", Cells.integer(change.previousYear()))
                    .set("change", Cells.fixed(change.difference(), CV_DECIMALS)));
            rows.add(row.cells());
        }
        return rows;
    }

    /** true or false when judged against a standard value, empty otherwise. */
    static String met(Outcome outcome) {
        return switch (outcome) {
            case MET -> Cells.bool(true);
            case NOT_MET -> Cells.bool(false);
            default -> MissingValues.EMPTY;
        };
    }

    private static int count(SchoolPartResult part, Outcome outcome) {
        return (int) part.indicators().stream().filter(i -> i.outcome() == outcome).count();
    }
}
