package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junheng.indicators.Fixtures.school;
import static org.junheng.indicators.Fixtures.stage;
import static org.junheng.indicators.Fixtures.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junheng.content.SchoolType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** G3 music and art rooms, G4 school size, G5 class size — computed from school statistics. */
class FacilityItemsTest {

    private final StandardSet national = Fixtures.national();
    private final List<SchoolYear> schools = new ArrayList<>();

    private FacilityItemsTest add(String code, SchoolType type, Fixtures.StatisticsBuilder stats) {
        schools.add(new SchoolYear(school(code, type), stats.build()));
        return this;
    }

    private ItemResult evaluate(String code) {
        return evaluate(code, national);
    }

    private ItemResult evaluate(String code, StandardSet standards) {
        return FacilityItems.evaluate(standards.item(code).orElseThrow(), schools, standards.rules());
    }

    @Nested
    class G3ArtsRooms {

        @Test
        void one_room_of_each_per_12_classes_rounded_up() {
            // 25 classes need 3 music and 3 art rooms; 24 classes need 2
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(1000).classes(25))
                    .musicRooms(2, 100.0).artRooms(3, 95.0));
            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(960).classes(24))
                    .musicRooms(2, 96.0).artRooms(2, 90.0));

            ItemResult g3 = evaluate("G3");

            assertThat(g3.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(g3.failing()).singleElement().satisfies(f -> {
                assertThat(f.school().code()).isEqualTo("2199010001");
                assertThat(f.detail().zh()).isEqualTo("25 个班应有音乐专用教室至少 3 间，现有 2 间");
            });
            assertThat(g3.problem().get().zh()).isEqualTo("1 所学校未达到要求");
        }

        @Test
        void rooms_must_be_large_enough() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).classes(10))
                    .musicRooms(1, 95.5).artRooms(1, 89.0));

            ItemResult g3 = evaluate("G3");

            assertThat(g3.failing().get(0).detail().zh())
                    .isEqualTo("最小音乐教室 95.5 ㎡，不足 96 ㎡；最小美术教室 89 ㎡，不足 90 ㎡");
        }

        @Test
        void nine_year_schools_count_the_classes_of_both_stages() {
            // 13 + 12 = 25 classes → 3 rooms of each
            add("2199010001", SchoolType.NINE_YEAR, statistics("2199010001")
                    .primary(stage(500).classes(13)).junior(stage(450).classes(12))
                    .musicRooms(2, 100.0).artRooms(2, 95.0));

            assertThat(evaluate("G3").outcome()).isEqualTo(Outcome.NOT_MET);
        }

        @Test
        void missing_counts_make_it_not_assessable() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400)).musicRooms(null, null));

            ItemResult g3 = evaluate("G3");

            assertThat(g3.outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);
            assertThat(g3.notAssessable().get(0).detail().zh()).isEqualTo("音乐专用教室数未填报");
        }

        @Test
        void the_requirement_text_follows_the_site_rules() {
            StandardSet relaxed = Overrides.apply(national, new OverrideLayer(Layer.CITY, "沈阳市", "《沈阳市实施方案》",
                    Map.of(), Map.of(), Map.of("arts_rooms.music_min_area", BigDecimal.valueOf(73),
                    "arts_rooms.art_min_area", BigDecimal.valueOf(67)), Map.of())).standards();
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).classes(10))
                    .musicRooms(1, 80.0).artRooms(1, 70.0));

            assertThat(evaluate("G3").outcome()).isEqualTo(Outcome.NOT_MET);
            ItemResult g3 = evaluate("G3", relaxed);
            assertThat(g3.outcome()).isEqualTo(Outcome.MET);
            assertThat(g3.requirement().zh()).contains("每间音乐教室 ≥ 73 ㎡，每间美术教室 ≥ 67 ㎡");
        }
    }

    @Nested
    class G4SchoolSize {

        @Test
        void at_most_2000_students_in_a_primary_or_junior_school() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(2000)));
            add("2199010002", SchoolType.JUNIOR_SCHOOL, statistics("2199010002").junior(stage(2001)));

            ItemResult g4 = evaluate("G4");

            assertThat(g4.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(g4.failing()).singleElement().satisfies(f -> {
                assertThat(f.school().code()).isEqualTo("2199010002");
                assertThat(f.detail().zh()).isEqualTo("义务教育阶段在校生 2001 人，超过 2000 人");
            });
        }

        @Test
        void at_most_2500_in_the_compulsory_part_of_a_through_school() {
            add("2199010001", SchoolType.NINE_YEAR, statistics("2199010001").primary(stage(1500)).junior(stage(1000)));
            add("2199010002", SchoolType.TWELVE_YEAR, statistics("2199010002").primary(stage(1500)).junior(stage(900))
                    .senior(stage(1200)));
            assertThat(evaluate("G4").outcome()).isEqualTo(Outcome.MET);

            add("2199010003", SchoolType.NINE_YEAR, statistics("2199010003").primary(stage(1501)).junior(stage(1000)));
            assertThat(evaluate("G4").failing()).extracting(f -> f.school().code()).containsExactly("2199010003");
        }

        @Test
        void a_complete_secondary_school_counts_its_junior_students_against_2000() {
            add("2199010001", SchoolType.COMPLETE_SECONDARY, statistics("2199010001").junior(stage(1900)).senior(stage(1500)));
            assertThat(evaluate("G4").outcome()).isEqualTo(Outcome.MET);
        }
    }

    @Nested
    class G5ClassSize {

        @Test
        void primary_classes_at_most_45_and_junior_at_most_50() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).largestClass(45)));
            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(400).largestClass(46)));
            add("2199010003", SchoolType.JUNIOR_SCHOOL, statistics("2199010003").junior(stage(400).largestClass(50)));
            add("2199010004", SchoolType.NINE_YEAR, statistics("2199010004")
                    .primary(stage(400).largestClass(44)).junior(stage(400).largestClass(51)));

            ItemResult g5 = evaluate("G5");

            assertThat(g5.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(g5.failing()).extracting(f -> f.school().code() + " " + f.detail().zh()).containsExactly(
                    "2199010002 小学最大班额 46 人，超过 45 人",
                    "2199010004 初中最大班额 51 人，超过 50 人");
            assertThat(g5.requirement().zh()).isEqualTo("小学每班 ≤ 45 人，初中每班 ≤ 50 人");
        }

        @Test
        void a_missing_largest_class_is_not_assessable_but_a_failure_elsewhere_still_decides() {
            add("2199010001", SchoolType.PRIMARY_SCHOOL, statistics("2199010001").primary(stage(400).largestClass(null)));
            assertThat(evaluate("G5").outcome()).isEqualTo(Outcome.NOT_ASSESSABLE);

            add("2199010002", SchoolType.PRIMARY_SCHOOL, statistics("2199010002").primary(stage(400).largestClass(48)));
            ItemResult g5 = evaluate("G5");
            assertThat(g5.outcome()).isEqualTo(Outcome.NOT_MET);
            assertThat(g5.notAssessable()).extracting(f -> f.school().code()).containsExactly("2199010001");
        }
    }
}
