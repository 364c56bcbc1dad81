package org.junheng.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.ItemPart;
import org.junheng.indicators.ItemResult;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.Part;
import org.junheng.indicators.SchoolFinding;
import org.junheng.indicators.Text;
import org.junheng.indicators.Verdict;
import org.junheng.indicators.YearAssessment;

/** The county items (政府保障程度, 教育质量, 社会认可度, 一票否决) and each county's overall verdict. */
final class AssessmentData implements TableSource {

    static final TableSchema ITEMS = TableSchema.of("assessment_items", Text.of("县级评估项目", "County assessment items"),
                    Text.of("政府保障程度、教育质量、社会认可度和一票否决各项：要求、县里填报的依据和结果。"
                                    + "第 3–5 项由学校统计数据计算，其余由县里填报（content/county/*.yml）。",
                            "The items of government guarantee, education quality, social recognition and the veto: "
                                    + "requirement, the evidence the county cites and the outcome. Items 3–5 of the "
                                    + "guarantee are computed from school statistics; the others are entered by the county."),
                    List.of(SharedFields.YEAR, SharedFields.COUNTY,
                            DataField.of("part", FieldType.STRING, "评估内容", "Part")
                                    .described("guarantee = 政府保障程度，quality = 教育质量，social_recognition = 社会认可度，veto = 一票否决",
                                            "guarantee, quality, social_recognition or veto")
                                    .oneOf(Arrays.stream(Part.values()).filter(p -> p != Part.RESOURCES).map(Part::key).toList())
                                    .required(),
                            DataField.of("item", FieldType.STRING, "项目编号", "Item code")
                                    .described("G1–G15、Q1–Q9、S1、V1–V6", "G1–G15, Q1–Q9, S1, V1–V6").required(),
                            DataField.of("name", FieldType.STRING, "项目名称", "Item name").required(),
                            DataField.of("name_en", FieldType.STRING, "项目名称（英文）", "Item name (English)"),
                            SharedFields.OUTCOME,
                            DataField.of("requirement", FieldType.STRING, "要求", "Requirement")
                                    .described("按本站采用的标准写出的要求", "The requirement with this site's numbers"),
                            DataField.of("requirement_en", FieldType.STRING, "要求（英文）", "Requirement (English)"),
                            DataField.of("evidence", FieldType.STRING, "依据", "Evidence")
                                    .described("县里引用的证明文件或来源", "The document or source the county cites"),
                            SharedFields.REASON.described("未达标或无法判断的原因（中文）", "Why the item is not met or not decided"),
                            SharedFields.REASON_EN,
                            DataField.of("schools_not_met", FieldType.STRING, "未达要求的学校", "Schools not meeting it")
                                    .described("由学校数据计算的项目中，不符合要求的学校标识码，以 ; 分隔",
                                            "For computed items, the codes of the schools that break the rule, separated by ;"),
                            DataField.of("schools_not_assessable", FieldType.STRING, "数据不全的学校", "Schools not assessable")
                                    .described("由学校数据计算的项目中，数据缺失、无法判断的学校标识码，以 ; 分隔",
                                            "For computed items, the codes of the schools whose data is missing, separated by ;")))
            .primaryKey("year", "county", "item");

    static final TableSchema VERDICTS = TableSchema.of("verdicts", Text.of("评估结论", "Verdicts"),
                    Text.of("各县每学年的总体结论和四项评估内容的结果；四项全部达标且没有一票否决情形才算通过。",
                            "Each county's overall verdict for the year and the outcome of each part; a county passes "
                                    + "only if every part passes and no veto applies."),
                    verdictFields())
            .primaryKey("year", "county");

    private final List<CountyAssessment> assessments;
    private final CountyRows countyRows;

    /** Each county's rows taken from {@code countyRows} where they are kept. */
    AssessmentData(List<CountyAssessment> assessments, CountyRows countyRows) {
        this.assessments = List.copyOf(assessments);
        this.countyRows = countyRows;
    }

    @Override
    public List<TableSchema> schemas() {
        return List.of(ITEMS, VERDICTS);
    }

    @Override
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        assessments.forEach(c -> c.years().forEach(y -> years.add(y.year())));
        return years;
    }

    /** Each county's items made on every core, or taken from the last build if its content is unchanged. */
    @Override
    public List<Table> tables(int year) {
        List<String> counties = assessments.stream().map(county -> county.county().code()).toList();
        List<PackedRows> items = countyRows.rows(ITEMS.name(), year, counties, i -> {
            CountyAssessment county = assessments.get(i);
            List<List<String>> rows = new ArrayList<>();
            county.year(year).ifPresent(assessment -> {
                for (ItemPart part : assessment.itemParts()) {
                    part.items().forEach(item -> rows.add(item(county, assessment, part.part(), item)));
                }
            });
            return PackedRows.of(rows);
        });
        // a verdict is one row a county, cheaper to make than to keep
        List<List<String>> verdicts = new ArrayList<>();
        assessments.forEach(county -> county.year(year).ifPresent(assessment -> verdicts.add(verdict(county, assessment))));
        return List.of(new Table(ITEMS, PackedRows.join(items)), new Table(VERDICTS, verdicts));
    }

    private static List<String> item(CountyAssessment county, YearAssessment year, Part part, ItemResult item) {
        return ITEMS.row()
                .set("year", Cells.integer(year.year()))
                .set("county", county.county().code())
                .set("part", part.key())
                .set("item", item.code())
                .set("name", item.item().name().zh())
                .set("name_en", item.item().name().en())
                .set("outcome", Cells.outcome(item.outcome()))
                .set("requirement", item.requirement().zh())
                .set("requirement_en", item.requirement().en())
                .set("evidence", Cells.text(item.evidence()))
                .set("reason", Cells.text(item.problem().map(Text::zh)))
                .set("reason_en", Cells.text(item.problem().map(Text::en)))
                .set("schools_not_met", codes(item.failing()))
                .set("schools_not_assessable", codes(item.notAssessable()))
                .cells();
    }

    private static List<String> verdict(CountyAssessment county, YearAssessment year) {
        Verdict verdict = year.verdict();
        // joined once each, not once a language: the failures name every school that misses a rule
        Text failures = Text.join(verdict.failures());
        Text undecided = Text.join(verdict.undecided());
        TableSchema.Row row = VERDICTS.row()
                .set("year", Cells.integer(year.year()))
                .set("county", county.county().code())
                .set("standard_set", county.standards().id())
                .set("standard_set_name", county.standards().name().zh())
                .set("outcome", Cells.outcome(verdict.outcome()))
                .set("failures", failures.zh())
                .set("failures_en", failures.en())
                .set("undecided", undecided.zh())
                .set("undecided_en", undecided.en());
        for (Verdict.PartOutcome part : verdict.parts()) {
            row.set(part.part().key(), Cells.outcome(part.outcome()));
        }
        return row.cells();
    }

    private static String codes(List<SchoolFinding> findings) {
        return Cells.list(findings.stream().map(f -> f.school().code()).distinct().sorted().toList());
    }

    private static List<DataField> verdictFields() {
        List<DataField> fields = new ArrayList<>(List.of(SharedFields.YEAR, SharedFields.COUNTY,
                DataField.of("standard_set", FieldType.STRING, "评估标准", "Standard set")
                        .described("national-2017 = 2017 年优质均衡，basic-2012 = 2012 年基本均衡",
                                "national-2017 or basic-2012").required(),
                DataField.of("standard_set_name", FieldType.STRING, "评估标准名称", "Standard set name").required(),
                SharedFields.OUTCOME.described("总体结论：met = 达到，not_met = 未达到，not_assessable = 数据不全、无法判断",
                        "Overall: met, not_met, or not_assessable when data is missing")));
        for (Part part : Part.values()) {
            fields.add(DataField.of(part.key(), FieldType.STRING, part.title().zh(), part.title().en())
                    .described(part.title().zh() + "的结果；本标准没有这一项时为空", "Outcome of this part; empty if the standard has no such part")
                    .oneOf(Arrays.stream(Outcome.values()).map(Cells::outcome).toList()));
        }
        fields.add(DataField.of("failures", FieldType.STRING, "未达标原因", "Failures")
                .described("所有未达标之处，以“；”分隔", "Every reason the county fails, separated by ；"));
        fields.add(DataField.of("failures_en", FieldType.STRING, "未达标原因（英文）", "Failures (English)"));
        fields.add(DataField.of("undecided", FieldType.STRING, "无法判断之处", "Undecided")
                .described("所有因数据缺失而无法判断之处，以“；”分隔", "Every gap that keeps the verdict open, separated by ；"));
        fields.add(DataField.of("undecided_en", FieldType.STRING, "无法判断之处（英文）", "Undecided (English)"));
        return fields;
    }
}
