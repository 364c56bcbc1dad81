package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junheng.content.CountyInputs;
import org.junit.jupiter.api.Test;

/** County items entered in content/county/*.yml, judged against the standard set's checks. */
class ItemEvaluatorTest {

    private final StandardSet national = Fixtures.national();

    private ItemResult evaluate(String code, Map<String, Object> values) {
        return evaluate(national, code, values);
    }

    private ItemResult evaluate(StandardSet standards, String code, Map<String, Object> values) {
        CountyInputs inputs = Fixtures.inputs(Fixtures.YEAR, Map.of(code, values));
        return ItemEvaluator.evaluate(standards.item(code).orElseThrow(), Optional.of(inputs));
    }

    @Test
    void a_number_at_the_requirement_meets_it() {
        ItemResult g11 = evaluate("G11", Map.of("value", 10, "backbone", 20.0));

        assertThat(g11.outcome()).isEqualTo(Outcome.MET);
        assertThat(g11.evidence()).contains("《青岚县G11佐证材料》");
        assertThat(g11.checks()).extracting(c -> c.actual().get())
                .containsExactly(new Actual.Given("10"), new Actual.Given("20"));
        assertThat(g11.requirement().zh()).isEqualTo("交流轮岗教师比例 ≥ 10%；骨干教师占交流轮岗教师比例 ≥ 20%");
    }

    @Test
    void each_check_that_fails_is_named() {
        ItemResult g11 = evaluate("G11", Map.of("value", 9.5, "backbone", 22.0));

        assertThat(g11.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(g11.problem().get().zh()).isEqualTo("交流轮岗教师比例为 9.5%，要求 ≥ 10%");
    }

    @Test
    void equals_100_percent_means_exactly_100() {
        assertThat(evaluate("G12", Map.of("value", 100)).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate("G12", Map.of("value", 99.9)).outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(evaluate("G13", Map.of("primary", 100, "junior", 95)).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate("G13", Map.of("primary", 100, "junior", 94.9)).outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void a_missing_item_is_not_reported_and_a_missing_input_not_assessable() {
        ItemResult missing = ItemEvaluator.evaluate(national.item("G7").get(),
                Optional.of(Fixtures.inputs(Fixtures.YEAR, Map.of())));
        assertThat(missing.outcome()).isEqualTo(Outcome.NOT_REPORTED);
        assertThat(missing.problem().get().zh()).isEqualTo("未填报");
        assertThat(ItemEvaluator.evaluate(national.item("G7").get(), Optional.empty()).outcome())
                .isEqualTo(Outcome.NOT_REPORTED);

        ItemResult partial = evaluate("G11", Map.of("value", 12));
        assertThat(partial.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(partial.problem().get().zh()).isEqualTo("缺少「骨干教师占交流轮岗教师比例」（backbone）");
    }

    @Test
    void a_value_of_the_wrong_kind_is_not_assessable() {
        ItemResult g7 = evaluate("G7", Map.of("value", "很多"));

        assertThat(g7.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
        assertThat(g7.problem().get().zh()).isEqualTo("「特殊教育学校生均公用经费」应为数字，填报的是“很多”");
    }

    @Test
    void ratings_must_be_good_or_better() {
        assertThat(evaluate("Q6", Map.of("rating", "优秀")).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate("Q6", Map.of("rating", "良好")).outcome()).isEqualTo(Outcome.MET);
        ItemResult passable = evaluate("Q6", Map.of("rating", "合格"));
        assertThat(passable.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(passable.problem().get().zh()).isEqualTo("德育工作和校园文化建设评价为“合格”，要求优秀或良好");
    }

    @Test
    void every_monitored_subject_needs_level_3_and_a_difference_rate_strictly_below_0_15() {
        assertThat(evaluate("Q9", Map.of("subjects", List.of(Fixtures.subject("数学", "四年级", 3, 0.149)))).outcome())
                .isEqualTo(Outcome.MET);

        ItemResult q9 = evaluate("Q9", Map.of("subjects", List.of(
                Fixtures.subject("数学", "四年级", 3, 0.15),
                Fixtures.subject("语文", "八年级", 2, 0.10))));

        assertThat(q9.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(q9.problem().get().zh()).isEqualTo(
                "数学 四年级：校际差异率为 0.15，要求 < 0.15；语文 八年级：学业水平等级为 2，要求 ≥ 3");
        assertThat(evaluate("Q9", Map.of("subjects", List.of())).outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
    }

    @Test
    void what_was_reported_is_kept_as_data_for_each_page_to_say_in_its_language() {
        ItemResult q9 = evaluate("Q9", Map.of("subjects", List.of(
                Fixtures.subject("数学", "四年级", 3, 0.10),
                Fixtures.subject("语文", "八年级", 3, 0.10))));
        assertThat(q9.checks()).extracting(c -> c.actual().get()).containsExactly(new Actual.Entries(2));

        assertThat(evaluate("V1", Map.of("occurred", "否")).checks()).extracting(c -> c.actual().get())
                .containsExactly(new Actual.YesNo(false));
        assertThat(evaluate("V1", Map.of("occurred", true)).checks()).extracting(c -> c.actual().get())
                .containsExactly(new Actual.YesNo(true));
        assertThat(evaluate("V1", Map.of("occurred", "不清楚")).checks()).extracting(c -> c.actual().get())
                .as("what is neither yes nor no is kept as given").containsExactly(new Actual.Given("不清楚"));
    }

    @Test
    void social_recognition_is_found_under_its_yaml_key() {
        ItemResult s1 = evaluate("S1", Map.of("value", 84.9));
        assertThat(s1.outcome()).isEqualTo(Outcome.NOT_MET);

        ItemResult byAlias = ItemEvaluator.evaluate(national.item("S1").get(),
                Optional.of(Fixtures.inputs(Fixtures.YEAR, Map.of("social_recognition", Map.of("value", 85)))));
        assertThat(byAlias.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void a_veto_that_occurred_is_not_met() {
        ItemResult v1 = evaluate("V1", Map.of("occurred", true));

        assertThat(v1.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ItemPart.of(Part.VETO, List.of(v1)).failures()).extracting(Text::zh)
                .containsExactly("V1 以考试方式招生（发生该情形：是）");
        assertThat(evaluate("V1", Map.of("occurred", false)).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate("V1", Map.of("occurred", "否")).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void an_override_changes_the_required_number_and_is_cited() {
        StandardSet shenyang = Overrides.apply(national, new OverrideLayer(Layer.CITY, "沈阳市", "《沈阳市实施方案》",
                Map.of(), Map.of(), Map.of(), Map.of("G7.value", BigDecimal.valueOf(8000)))).standards();

        assertThat(evaluate("G7", Map.of("value", 6500)).outcome()).isEqualTo(Outcome.MET);
        ItemResult g7 = evaluate(shenyang, "G7", Map.of("value", 6500));
        assertThat(g7.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(g7.requirement().zh()).isEqualTo("特殊教育学校生均公用经费 ≥ 8000 元");
        assertThat(((NumberCheck) g7.checks().get(0).check()).required().setBy().name()).isEqualTo("沈阳市");
    }

    @Test
    void a_nested_requirement_can_be_overridden() {
        StandardSet strict = Overrides.apply(national, new OverrideLayer(Layer.PROVINCE, "某省", "《某省细则》",
                Map.of(), Map.of(), Map.of(), Map.of("Q9.subjects.difference_rate", new BigDecimal("0.12")))).standards();

        Map<String, Object> subjects = Map.of("subjects", List.of(Fixtures.subject("数学", "四年级", 3, 0.13)));
        assertThat(evaluate("Q9", subjects).outcome()).isEqualTo(Outcome.MET);
        assertThat(evaluate(strict, "Q9", subjects).outcome()).isEqualTo(Outcome.NOT_MET);
    }
}
