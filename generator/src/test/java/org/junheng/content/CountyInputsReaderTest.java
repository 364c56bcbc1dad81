package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountyInputsReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void readsItemsWithTheirValuesAndEvidence() {
        CountyInputs inputs = new CountyInputsReader().read("content/county/2024.yml", """
                county: "990101"
                year: 2024
                guarantee:
                  G7: { value: 6500, evidence: 《特殊教育经费文件》 }
                  G13: { primary: 100, junior: 96.4 }
                social_recognition: { value: 88.6 }
                veto:
                  V1: { occurred: false }
                """, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(inputs.countyCode()).isEqualTo("990101");
        assertThat(inputs.year()).isEqualTo(2024);
        assertThat(inputs.items()).containsOnlyKeys("G7", "G13", "S1", "V1");
        assertThat(inputs.item("G7").orElseThrow().value("value")).contains(6500);
        assertThat(inputs.item("G7").orElseThrow().evidence()).contains("《特殊教育经费文件》");
        assertThat(inputs.item("G13").orElseThrow().value("junior")).contains(96.4);
        assertThat(inputs.item("V1").orElseThrow().value("occurred")).contains(false);
    }

    @Test
    void reportsUnknownSectionsAndItemCodesWithTheirLines() {
        new CountyInputsReader().read("c.yml", """
                county: "990101"
                year: 2024
                guarantee:
                  Q1: { value: 1 }
                qualiti:
                  Q1: { value: 1 }
                """, problems);

        assertThat(problems).extracting(Problem::rule, p -> p.location().line()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("county.unknown-item", 4),
                org.assertj.core.groups.Tuple.tuple("county.unknown-field", 5));
    }
}
