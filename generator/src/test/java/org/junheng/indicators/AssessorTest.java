package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.indicators.Fixtures.school;
import static org.junheng.indicators.Fixtures.stage;
import static org.junheng.indicators.Fixtures.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.Content;
import org.junheng.content.County;
import org.junheng.content.CountyInputs;
import org.junheng.content.School;
import org.junheng.content.SchoolStatistics;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junit.jupiter.api.Test;

/** The whole assessment of a small county over two school years, through the facade. */
class AssessorTest {

    private final StandardSet national = Fixtures.national();

    private final List<School> schools = List.of(
            school("2199010001", SchoolType.PRIMARY_SCHOOL),
            school("2199010002", SchoolType.PRIMARY_SCHOOL),
            school("2199010003", SchoolType.JUNIOR_SCHOOL),
            school("2199010004", SchoolType.NINE_YEAR),
            school("2199010081", SchoolType.TEACHING_POINT),
            school("2199010091", SchoolType.SPECIAL_EDUCATION));

    /** Healthy statistics for one year; {@code backbone1} varies school 1's L2 between years. */
    private List<SchoolStatistics> year(int year, int backbone1) {
        return List.of(
                statistics("2199010001").year(year).primary(stage(600).backbone(backbone1)).build(),
                statistics("2199010002").year(year).primary(stage(450)).build(),
                statistics("2199010003").year(year).junior(stage(800)).build(),
                statistics("2199010004").year(year).primary(stage(500)).junior(stage(300)).build(),
                statistics("2199010081").year(year).primary(stage(32)).build(),
                statistics("2199010091").year(year).primary(stage(60)).junior(stage(30)).build());
    }

    private Content content(List<SchoolStatistics> statistics, List<CountyInputs> inputs) {
        return Fixtures.content(schools, statistics, inputs);
    }

    private Content healthy() {
        List<SchoolStatistics> statistics = new ArrayList<>(year(2023, 8));
        statistics.addAll(year(2024, 12));
        return content(statistics, List.of(Fixtures.goodInputs(2023), Fixtures.goodInputs(2024)));
    }

    private YearAssessment assess2024(Content content) {
        return Assessor.assess(content, national).get(0).year(2024).orElseThrow();
    }

    private Content withInputs(Map<String, Map<String, Object>> items) {
        return content(year(2024, 12), List.of(Fixtures.inputs(2024, items)));
    }

    @Test
    void a_healthy_county_passes_every_part() {
        CountyAssessment county = Assessor.assess(healthy(), national).get(0);

        assertThat(county.years()).extracting(YearAssessment::year).containsExactly(2023, 2024);
        YearAssessment latest = county.latest().orElseThrow();
        assertThat(latest.verdict().failures()).isEmpty();
        assertThat(latest.verdict().undecided()).isEmpty();
        assertThat(latest.verdict().passes()).isTrue();
        assertThat(latest.verdict().parts()).extracting(Verdict.PartOutcome::part).containsExactly(
                Part.RESOURCES, Part.GUARANTEE, Part.QUALITY, Part.SOCIAL_RECOGNITION, Part.VETO);
        assertThat(latest.verdict().parts()).allSatisfy(p -> assertThat(p.outcome()).isEqualTo(Outcome.MET));
        assertThat(latest.resources().excluded()).extracting(e -> e.school().code())
                .containsExactly("2199010081", "2199010091");
        assertThat(latest.resources().parts()).hasSize(5);
        assertThat(latest.item("G3").get().outcome()).isEqualTo(Outcome.MET);
        assertThat(latest.inputsSource().get().file()).isEqualTo("content/county/2024.yml");
    }

    @Test
    void a_veto_fails_the_county_even_when_everything_else_passes() {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>(Fixtures.goodItems());
        items.put("V3", Map.of("occurred", true));

        Verdict verdict = assess2024(withInputs(items)).verdict();

        assertThat(verdict.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(verdict.failures()).extracting(Text::zh)
                .containsExactly("一票否决：V3 存在重点学校或重点班（发生该情形：是）");
        assertThat(verdict.parts()).filteredOn(p -> p.part() != Part.VETO)
                .allSatisfy(p -> assertThat(p.outcome()).isEqualTo(Outcome.MET));
    }

    @Test
    void every_reason_for_failing_is_listed_part_by_part() {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>(Fixtures.goodItems());
        items.put("G7", Map.of("value", 5500));
        items.put("Q1", Map.of("value", 94));
        items.put("social_recognition", Map.of("value", 80));
        items.put("V6", Map.of("occurred", true));
        List<SchoolStatistics> statistics = new ArrayList<>(year(2024, 12));
        statistics.set(1, statistics("2199010002").year(2024).primary(stage(450).largestClass(48)).build());

        Verdict verdict = assess2024(content(statistics, List.of(Fixtures.inputs(2024, items)))).verdict();

        assertThat(verdict.failures()).extracting(Text::zh).containsExactly(
                "政府保障程度：G5 小学、初中所有班级学生数分别不超过 45 人、50 人（1 所学校未达到要求）",
                "政府保障程度：G7 特殊教育学校生均公用经费不低于 6000 元（特殊教育学校生均公用经费为 5500 元，要求 ≥ 6000 元）",
                "教育质量：Q1 初中三年巩固率达到 95% 以上（初中三年巩固率为 94%，要求 ≥ 95%）",
                "社会认可度：S1 社会认可度达到 85% 以上（社会认可度为 80%，要求 ≥ 85%）",
                "一票否决：V6 有弄虚作假行为（发生该情形：是）");
        assertThat(verdict.failures()).allSatisfy(f -> assertThat(f.en()).isNotBlank());
    }

    @Test
    void missing_county_inputs_leave_the_verdict_undecided_and_say_which() {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>(Fixtures.goodItems());
        items.remove("G9");
        items.remove("V2");

        YearAssessment assessment = assess2024(withInputs(items));

        assertThat(assessment.verdict().outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(assessment.verdict().failures()).isEmpty();
        assertThat(assessment.verdict().undecided()).extracting(Text::zh).containsExactly(
                "政府保障程度：G9 教师 5 年 360 学时培训完成率达到 100%（未填报）",
                "一票否决：V2 违规择校行为突出（未填报）");
        assertThat(assessment.item("G9").get().outcome()).isEqualTo(Outcome.NOT_REPORTED);
    }

    @Test
    void a_year_without_county_inputs_cannot_pass() {
        YearAssessment assessment = assess2024(content(year(2024, 12), List.of()));

        assertThat(assessment.verdict().outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(assessment.resources().outcome()).isEqualTo(Outcome.MET);
        assertThat(assessment.inputsSource()).isEmpty();
    }

    @Test
    void each_cv_carries_its_change_from_the_previous_year() {
        CountyAssessment county = Assessor.assess(healthy(), national).get(0);
        CvResult before = county.year(2023).get().resources().cv("L2", Stage.PRIMARY).get();
        CvResult after = county.year(2024).get().resources().cv("L2", Stage.PRIMARY).get();

        assertThat(before.change()).isEmpty();
        assertThat(after.change().get().previousYear()).isEqualTo(2023);
        assertThat(after.change().get().previous()).isEqualByComparingTo(before.cv().get());
        assertThat(after.change().get().difference()).isEqualByComparingTo(after.cv().get().subtract(before.cv().get()));
        assertThat(after.change().get().difference().signum()).isNotZero();
    }

    @Test
    void the_basic_balance_view_is_added_to_every_year_when_asked() {
        CountyAssessment county = Assessor.assess(healthy(), national, Optional.of(Fixtures.basic())).get(0);

        for (YearAssessment year : county.years()) {
            ResourceAllocation basic = year.basicBalance().orElseThrow();
            assertThat(basic.standardSetId()).isEqualTo("basic-2012");
            assertThat(basic.cvs()).hasSize(16);
            assertThat(basic.composites()).extracting(CompositeCvResult::stage).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
        }
        assertThat(county.year(2024).get().basicBalance().get().composite(Stage.PRIMARY).get().change()).isPresent();
        assertThat(Assessor.assess(healthy(), national).get(0).latest().get().basicBalance()).isEmpty();
    }

    @Test
    void the_2012_set_can_be_the_site_standard() {
        YearAssessment assessment = Assessor.assess(healthy(), Fixtures.basic()).get(0).latest().get();

        assertThat(assessment.itemParts()).extracting(ItemPart::part).containsExactly(Part.SOCIAL_RECOGNITION);
        assertThat(assessment.verdict().passes()).isTrue();
    }

    @Test
    void an_override_changes_the_result_and_the_threshold_says_who_set_it() {
        StandardSet raised = Overrides.apply(national, new OverrideLayer(Layer.PROVINCE, "某省", "《某省实施细则》",
                Map.of("L2", Map.of(Stage.PRIMARY, new BigDecimal("2.1"))), Map.of(), Map.of(), Map.of())).standards();

        IndicatorResult before = assess2024(healthy()).resources().partsOf("2199010001").get(0).indicator("L2").get();
        IndicatorResult after = Assessor.assess(healthy(), raised).get(0).year(2024).get()
                .resources().partsOf("2199010001").get(0).indicator("L2").get();

        assertThat(before.outcome()).isEqualTo(Outcome.MET);     // 12 ÷ 600 × 100 = 2.0 ≥ 1.0
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_MET);  // 2.0 < 2.1
        assertThat(after.threshold().get().setBy().citation()).isEqualTo("某省：《某省实施细则》");
        assertThat(after.threshold().get().replaced().get().setBy().source())
                .isEqualTo("《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）");
    }

    @Test
    void registered_schools_without_statistics_are_listed() {
        List<SchoolStatistics> statistics = new ArrayList<>(year(2024, 12));
        statistics.remove(1);

        ResourceAllocation resources = assess2024(content(statistics, List.of(Fixtures.goodInputs(2024)))).resources();

        assertThat(resources.withoutStatistics()).extracting(School::code).containsExactly("2199010002");
    }

    @Test
    void every_county_of_a_site_is_assessed_on_its_own_schools() {
        County other = new County("990102", "白石区", "Baishi District");
        List<School> all = new ArrayList<>(schools);
        all.add(school("2199020001", SchoolType.PRIMARY_SCHOOL, "990102"));
        List<SchoolStatistics> statistics = new ArrayList<>(year(2024, 12));
        statistics.add(statistics("2199020001").primary(stage(300)).build());
        Content content = new Content(List.of(Fixtures.county(), other), all, statistics,
                List.of(Fixtures.goodInputs(2024)), List.of(), Optional.empty());

        List<CountyAssessment> counties = Assessor.assess(content, national);

        assertThat(counties).extracting(c -> c.county().code()).containsExactly("990101", "990102");
        assertThat(counties.get(1).latest().get().resources().parts()).extracting(p -> p.school().code())
                .containsExactly("2199020001");
        assertThat(counties.get(1).latest().get().verdict().outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void the_basic_balance_view_is_assessed_when_first_read_and_then_kept() {
        YearAssessment year = Assessor.assess(healthy(), national, Optional.of(Fixtures.basic())).get(0).latest()
                .orElseThrow();
        YearAssessment other = Assessor.assess(healthy(), national).get(0).latest().orElseThrow();

        assertThat(year.basicBalanceView().present()).isTrue();
        assertThat(year.basicBalanceView().assessed()).isFalse();
        ResourceAllocation basic = year.basicBalance().orElseThrow();
        assertThat(year.basicBalanceView().assessed()).isTrue();
        assertThat(year.basicBalance()).containsSame(basic);
        assertThat(basic.cvs()).isNotEmpty();
        assertThat(other.basicBalanceView().present()).isFalse();
        assertThat(other.basicBalance()).isEmpty();
    }

    @Test
    void the_same_content_gives_the_same_result() {
        assertThat(Assessor.assess(healthy(), national, Optional.of(Fixtures.basic())))
                .isEqualTo(Assessor.assess(healthy(), national, Optional.of(Fixtures.basic())));
    }
}
