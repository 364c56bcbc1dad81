package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The texts many records repeat — a school's code in every table, towns, areas, input keys — are one copy each. */
class InternedTest {

    private static final SourceLocation ROW = SourceLocation.line("content/enrollment/2024/zones.csv", 2);

    @Test
    void aSchoolsCodeReadFromEachTableIsOneString() {
        String code = "9901010001";
        Zone zone = new Zone(new String(code), Stage.PRIMARY, new String("青岚镇"), new String("东村"),
                Optional.empty(), Optional.empty(), ROW);
        Zone sameTown = new Zone(new String(code), Stage.JUNIOR, new String("青岚镇"), new String("东村"),
                Optional.empty(), Optional.empty(), ROW);
        Admission admission = new Admission(new String(code), Stage.PRIMARY, new String("本地户籍"), 40, 38, ROW);
        EnrollmentPlan plan = new EnrollmentPlan(new String(code), Stage.PRIMARY, OptionalInt.of(2), 90, ROW);

        assertThat(zone.schoolCode()).isEqualTo(code).isSameAs(admission.schoolCode()).isSameAs(plan.schoolCode())
                .isSameAs(sameTown.schoolCode());
        assertThat(zone.town()).isSameAs(sameTown.town());
        assertThat(zone.area()).isSameAs(sameTown.area());
    }

    @Test
    void theCountyInputsKeysAndCodesAreOneStringEach() {
        AssessmentInput one = new AssessmentInput(new String("G1"), Map.of(new String("value"), 100), Optional.empty(),
                ROW);
        AssessmentInput other = new AssessmentInput(new String("G1"), Map.of(new String("value"), 95), Optional.empty(),
                ROW);

        assertThat(one.code()).isSameAs(other.code());
        assertThat(one.values().keySet().iterator().next()).isSameAs(other.values().keySet().iterator().next());
        assertThat(other.value("value")).contains(95);
    }

    @Test
    void eachCountysInputsNameTheirItemsWithTheSameStrings() {
        List<Problem> problems = new ArrayList<>();
        CountyInputs one = new CountyInputsReader().read("content/county/990101/2024.yml", """
                county: "990101"
                year: 2024
                guarantee:
                  G7: { value: 6500 }
                """, problems).orElseThrow();
        CountyInputs other = new CountyInputsReader().read("content/county/990102/2024.yml", """
                county: "990102"
                year: 2024
                guarantee:
                  G7: { value: 7000 }
                """, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(one.items().keySet().iterator().next()).isEqualTo("G7")
                .isSameAs(other.items().keySet().iterator().next()).isSameAs(other.item("G7").orElseThrow().code());
        assertThat(one.item("G7").orElseThrow().source().field())
                .isSameAs(other.item("G7").orElseThrow().source().field());
    }
}
