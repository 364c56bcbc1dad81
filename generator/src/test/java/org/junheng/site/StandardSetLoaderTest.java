package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junheng.content.Problem;
import org.junheng.content.Severity;
import org.junheng.content.Stage;
import org.junheng.indicators.ComputedItem;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.Layer;
import org.junheng.indicators.NumberCheck;
import org.junheng.indicators.Part;
import org.junheng.indicators.Quantity;
import org.junheng.indicators.Rule;
import org.junheng.indicators.Setting;
import org.junheng.indicators.StandardSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StandardSetLoaderTest {

    private static final String CONFIG = "site-config.yml";

    @Nested
    class BuiltIn {

        @Test
        void national_2017_holds_the_thresholds_and_limits_of_the_document() {
            StandardSet set = StandardSetLoader.builtIn("national-2017");

            assertThat(set.document().zh()).isEqualTo("《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）");
            assertThat(set.indicators()).extracting(IndicatorDefinition::code)
                    .containsExactly("L1", "L2", "L3", "L4", "L5", "L6", "L7");
            assertThat(thresholds(set, Stage.PRIMARY)).containsExactly("4.2", "1", "0.9", "4.5", "7.5", "2000", "2.3");
            assertThat(thresholds(set, Stage.JUNIOR)).containsExactly("5.3", "1", "0.9", "5.8", "10.2", "2500", "2.4");
            for (IndicatorDefinition indicator : set.indicators()) {
                assertThat(indicator.cvLimit(Stage.PRIMARY).get().value()).isEqualByComparingTo("0.50");
                assertThat(indicator.cvLimit(Stage.JUNIOR).get().value()).isEqualByComparingTo("0.45");
            }
            assertThat(set.indicator("L6").get().numerator()).isEqualTo(Quantity.EQUIPMENT_VALUE);
            assertThat(set.composite()).isEmpty();
        }

        @Test
        void national_2017_rules() {
            StandardSet set = StandardSetLoader.builtIn("national-2017");

            assertThat(value(set, Rule.SCHOOL_MIN_MET)).isEqualByComparingTo("6");
            assertThat(value(set, Rule.SCHOOL_MIN_RATIO)).isEqualByComparingTo("0.85");
            assertThat(value(set, Rule.TEACHING_POINT_MIN_STUDENTS)).isEqualByComparingTo("50");
            assertThat(value(set, Rule.WEIGHT_PRIMARY)).isEqualByComparingTo("1");
            assertThat(value(set, Rule.WEIGHT_JUNIOR)).isEqualByComparingTo("1.1");
            assertThat(value(set, Rule.WEIGHT_SENIOR)).isEqualByComparingTo("1.32");
            assertThat(value(set, Rule.COMPLETE_SECONDARY_WEIGHT_JUNIOR)).isEqualByComparingTo("1");
            assertThat(value(set, Rule.COMPLETE_SECONDARY_WEIGHT_SENIOR)).isEqualByComparingTo("1.2");
            assertThat(value(set, Rule.CLASS_SIZE_PRIMARY)).isEqualByComparingTo("45");
            assertThat(value(set, Rule.CLASS_SIZE_JUNIOR)).isEqualByComparingTo("50");
            assertThat(value(set, Rule.SCHOOL_SIZE_SINGLE)).isEqualByComparingTo("2000");
            assertThat(value(set, Rule.SCHOOL_SIZE_THROUGH)).isEqualByComparingTo("2500");
            assertThat(value(set, Rule.ARTS_ROOM_CLASSES)).isEqualByComparingTo("12");
            assertThat(value(set, Rule.MUSIC_ROOM_MIN_AREA)).isEqualByComparingTo("96");
            assertThat(value(set, Rule.ART_ROOM_MIN_AREA)).isEqualByComparingTo("90");
        }

        @Test
        void national_2017_items() {
            StandardSet set = StandardSetLoader.builtIn("national-2017");

            assertThat(set.items(Part.GUARANTEE)).hasSize(15);
            assertThat(set.items(Part.QUALITY)).hasSize(9);
            assertThat(set.items(Part.SOCIAL_RECOGNITION)).hasSize(1);
            assertThat(set.items(Part.VETO)).hasSize(6);
            assertThat(set.item("G3").get().computed()).contains(ComputedItem.ARTS_ROOMS);
            assertThat(set.item("G4").get().computed()).contains(ComputedItem.SCHOOL_SIZE);
            assertThat(set.item("G5").get().computed()).contains(ComputedItem.CLASS_SIZE);
            assertThat(set.item("G11").get().checks()).extracting(c -> c.requirement().zh())
                    .containsExactly("交流轮岗教师比例 ≥ 10%", "骨干教师占交流轮岗教师比例 ≥ 20%");
            assertThat(set.item("G9").get().checks().get(0).requirement().zh()).isEqualTo("5 年 360 学时培训完成率 = 100%");
            assertThat(set.item("Q6").get().checks().get(0).requirement().zh()).isEqualTo("德育工作和校园文化建设评价：优秀或良好");
            assertThat(set.item("Q9").get().checks().get(0).requirement().zh()).contains("校际差异率 < 0.15");
            assertThat(set.item("S1").get().keys()).containsExactly("S1", "social_recognition");
            assertThat(set.item("S1").get().checks().get(0).requirement().zh()).isEqualTo("社会认可度 ≥ 85%");
            assertThat(set.parts()).containsExactly(Part.RESOURCES, Part.GUARANTEE, Part.QUALITY, Part.SOCIAL_RECOGNITION, Part.VETO);
        }

        @Test
        void basic_2012_has_eight_indicators_judged_by_their_mean() {
            StandardSet set = StandardSetLoader.builtIn("basic-2012");

            assertThat(set.document().zh()).isEqualTo("《县域义务教育均衡发展督导评估暂行办法》（教督〔2012〕3号）");
            assertThat(set.indicators()).hasSize(8);
            assertThat(set.indicators()).allSatisfy(i -> {
                assertThat(i.thresholds()).isEmpty();
                assertThat(i.cvLimits()).isEmpty();
            });
            assertThat(set.composite().get().limit(Stage.PRIMARY).get().value()).isEqualByComparingTo("0.65");
            assertThat(set.composite().get().limit(Stage.JUNIOR).get().value()).isEqualByComparingTo("0.55");
            assertThat(set.judgesSchools()).isFalse();
            assertThat(set.parts()).containsExactly(Part.RESOURCES, Part.SOCIAL_RECOGNITION);
        }

        @Test
        void every_number_of_a_built_in_set_cites_its_document() {
            StandardSet set = StandardSetLoader.builtIn("national-2017");
            Setting l1 = set.indicator("L1").get().threshold(Stage.PRIMARY).get();

            assertThat(l1.setBy().layer()).isEqualTo(Layer.STANDARD);
            assertThat(l1.setBy().source()).isEqualTo(set.document().zh());
            assertThat(l1.isOverridden()).isFalse();
            assertThat(set.rules().get(Rule.SCHOOL_MIN_RATIO).setBy().source()).isEqualTo(set.document().zh());
        }

        @Test
        void an_unknown_built_in_set_is_a_programming_error() {
            assertThatThrownBy(() -> StandardSetLoader.builtIn("national-2030"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("national-2030");
        }
    }

    @Nested
    class SiteConfiguration {

        @Test
        void no_section_means_the_national_set() {
            StandardSetLoader.Result result = StandardSetLoader.load((JsonNode) null, CONFIG);

            assertThat(result.standards().id()).isEqualTo("national-2017");
            assertThat(result.basicBalance().id()).isEqualTo("basic-2012");
            assertThat(result.problems()).isEmpty();
        }

        @Test
        void layers_apply_in_order_and_keep_provenance() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    set: national-2017
                    overrides:
                      - layer: province
                        name: 某省
                        source: 《某省县域义务教育优质均衡发展督导评估实施细则》
                        thresholds: { L2: { primary: 1.1, junior: 1.2 } }
                        rules: { class_size: { primary: 50 } }
                        items: { G7: { value: 8000 } }
                      - layer: city
                        name: 某市
                        source: 《某市实施方案》
                        thresholds: { L2: { 小学: 1.3 } }
                        cv_limits: { L1: { junior: 0.40 } }
                    """, CONFIG);

            assertThat(result.problems()).isEmpty();
            StandardSet set = result.standards();
            Setting l2 = set.indicator("L2").get().threshold(Stage.PRIMARY).get();
            assertThat(l2.value()).isEqualByComparingTo("1.3");
            assertThat(l2.setBy().layer()).isEqualTo(Layer.CITY);
            assertThat(l2.setBy().citation()).isEqualTo("某市：《某市实施方案》");
            assertThat(l2.replaced().get().value()).isEqualByComparingTo("1.1");
            assertThat(l2.replaced().get().setBy().name()).isEqualTo("某省");
            assertThat(l2.original().value()).isEqualByComparingTo("1.0");
            assertThat(l2.original().setBy().layer()).isEqualTo(Layer.STANDARD);

            Setting l2Junior = set.indicator("L2").get().threshold(Stage.JUNIOR).get();
            assertThat(l2Junior.value()).isEqualByComparingTo("1.2");
            assertThat(l2Junior.setBy().name()).isEqualTo("某省");
            assertThat(set.indicator("L1").get().cvLimit(Stage.JUNIOR).get().value()).isEqualByComparingTo("0.40");
            assertThat(set.indicator("L1").get().cvLimit(Stage.PRIMARY).get().isOverridden()).isFalse();
            assertThat(set.rules().get(Rule.CLASS_SIZE_PRIMARY).value()).isEqualByComparingTo("50");
            assertThat(((NumberCheck) set.item("G7").get().checks().get(0)).required().value()).isEqualByComparingTo("8000");
            assertThat(set.overrides()).extracting(o -> o.name()).containsExactly("某省", "某市");
        }

        @Test
        void the_basic_set_can_be_chosen_and_overridden() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    set: basic-2012
                    overrides:
                      - { layer: 省, name: 某省, source: 《某省办法》, cv_limits: { composite: { primary: 0.6 } } }
                    """, CONFIG);

            assertThat(result.problems()).isEmpty();
            assertThat(result.standards().composite().get().limit(Stage.PRIMARY).get().value()).isEqualByComparingTo("0.6");
            assertThat(result.basicBalance()).isSameAs(result.standards());
        }

        @Test
        void unknown_indicator_codes_and_stages_are_errors_naming_the_key() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    overrides:
                      - layer: county
                        name: 某县
                        source: 《某县方案》
                        thresholds: { L9: { primary: 1 }, L2: { high: 1.2, senior: 1.0, primary: 1.1 } }
                        cv_limits: { composite: { primary: 0.6 } }
                        rules: { school: { min_mett: 5 } }
                        items: { G99: { value: 1 }, G1: { met: 1 }, G7: { value: 7000 } }
                    """, CONFIG);

            assertThat(result.hasErrors()).isTrue();
            assertThat(result.problems()).extracting(p -> p.location().field()).containsExactlyInAnyOrder(
                    "standards.overrides[0].thresholds.L2.high",
                    "standards.overrides[0].thresholds.L9",
                    "standards.overrides[0].thresholds.L2.senior",
                    "standards.overrides[0].cv_limits.composite",
                    "standards.overrides[0].rules.school.min_mett",
                    "standards.overrides[0].items.G99.value",
                    "standards.overrides[0].items.G1.met");
            assertThat(result.problems()).allMatch(Problem::isError);
            assertThat(result.problems()).allMatch(p -> p.location().file().equals(CONFIG));
            // the valid keys of the layer still apply
            assertThat(result.standards().indicator("L2").get().threshold(Stage.PRIMARY).get().value()).isEqualByComparingTo("1.1");
            assertThat(((NumberCheck) result.standards().item("G7").get().checks().get(0)).required().value())
                    .isEqualByComparingTo("7000");
        }

        @Test
        void a_layer_needs_a_level_a_name_and_a_source_to_cite() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    overrides:
                      - { layer: town, name: 某镇, thresholds: { L2: { primary: 1.1 } } }
                    """, CONFIG);

            assertThat(result.problems()).extracting(p -> p.location().field())
                    .containsExactly("standards.overrides[0].layer", "standards.overrides[0].source");
            assertThat(result.standards().indicator("L2").get().threshold(Stage.PRIMARY).get().isOverridden()).isFalse();
        }

        @Test
        void unknown_keys_and_sets_and_bad_values_are_errors() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    set: national-2016
                    overide: []
                    overrides:
                      - { layer: province, name: 某省, source: 《某省》, threshold: {}, thresholds: { L2: { primary: abc, junior: -1 } },
                          rules: { school: { min_met: 6.5, min_ratio: 1.5 } } }
                    """, CONFIG);

            assertThat(result.problems()).extracting(p -> p.location().field()).containsExactlyInAnyOrder(
                    "standards.set", "standards.overide", "standards.overrides[0].threshold",
                    "standards.overrides[0].thresholds.L2.primary", "standards.overrides[0].thresholds.L2.junior",
                    "standards.overrides[0].rules.school.min_met", "standards.overrides[0].rules.school.min_ratio");
            assertThat(result.standards().id()).isEqualTo("national-2017");
        }

        @Test
        void layers_out_of_order_are_a_warning() {
            StandardSetLoader.Result result = StandardSetLoader.load("""
                    overrides:
                      - { layer: county, name: 某县, source: 《某县》, thresholds: { L2: { primary: 1.2 } } }
                      - { layer: province, name: 某省, source: 《某省》, thresholds: { L2: { primary: 1.1 } } }
                    """, CONFIG);

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.rule()).isEqualTo("standards.layer-order");
            });
            assertThat(result.standards().indicator("L2").get().threshold(Stage.PRIMARY).get().value()).isEqualByComparingTo("1.1");
        }
    }

    private static List<String> thresholds(StandardSet set, Stage stage) {
        return set.indicators().stream().map(i -> i.threshold(stage).get().plain()).toList();
    }

    private static BigDecimal value(StandardSet set, Rule rule) {
        return set.rules().value(rule);
    }
}
