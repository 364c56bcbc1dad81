package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void remembersWhereEachValueStands() {
        YamlTree yaml = YamlTree.parse("c.yml", """
                county: "990101"
                guarantee:
                  G7: { value: 6500, evidence: 文件 }
                  G9:
                    value: 100
                """, 1, problems).orElseThrow();

        assertThat(yaml.at("/guarantee/G9/value")).isEqualTo(new SourceLocation("c.yml", 5, 12, "guarantee.G9.value"));
        assertThat(yaml.at("/guarantee/G7/value").line()).isEqualTo(3);
        assertThat(yaml.at("/guarantee/G99").line()).as("nearest known parent").isEqualTo(2);
    }

    @Test
    void readsAFileLargerThanSnakeYamlsDefaultLimitAsANationalPartnershipsFileIs() {
        StringBuilder text = new StringBuilder("partnerships:\n");
        for (int i = 0; i < 40_000; i++) {
            text.append("  - { name: 青岚县第").append(i).append("教育集团, lead: \"99010100").append(i % 100)
                    .append("\", members: [\"9901010001\", \"9901010002\"], start: 2023-09-01 }\n");
        }
        assertThat(text.codePointCount(0, text.length())).isGreaterThan(3 * 1024 * 1024);

        YamlTree yaml = YamlTree.parse("content/partnerships.yml", text.toString(), 1, problems).orElseThrow();

        assertThat(problems).isEmpty();
        assertThat(yaml.at("/partnerships/39999/lead").line()).isEqualTo(40_001);
    }

    @Test
    void shiftsPositionsForFrontMatter() {
        YamlTree yaml = YamlTree.parse("d.md", "title: 标题\ntype: 通知\n", 2, problems).orElseThrow();

        assertThat(yaml.at("/type").line()).isEqualTo(3);
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        assertOneSyntaxErrorBetweenLines("a: 1\nb: [1, 2\nc: 3\n", 2, 4);
    }

    @Test
    void aSyntaxErrorInALaterDocumentOfTheFileIsReportedToo() {
        assertOneSyntaxErrorBetweenLines("a: 1\n---\nb: [1, 2\nc: 3\n", 3, 5);
    }

    private void assertOneSyntaxErrorBetweenLines(String text, int first, int last) {
        assertThat(YamlTree.parse("c.yml", text, 1, problems)).isEmpty();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("yaml.syntax");
            assertThat(p.location().line()).isBetween(first, last);
        });
    }

    @Test
    void theTreeIsTheFirstDocumentAndEveryValueHasItsPlace() {
        YamlTree yaml = YamlTree.parse("c.yml", "county: \"990101\"\nlist: [a, {b: 2}]\nflag: true\nn: 7\n", 1,
                problems).orElseThrow();

        assertThat(yaml.root().toString()).isEqualTo("{\"county\":\"990101\",\"list\":[\"a\",{\"b\":2}],\"flag\":true,\"n\":7}");
        assertThat(yaml.at("/list/1/b")).isEqualTo(new SourceLocation("c.yml", 2, 15, "list.1.b"));
        assertThat(yaml.at("/n").line()).isEqualTo(4);
    }

    @Test
    void anEmptyValueIsAbsentNotTheWordNull() {
        YamlTree yaml = YamlTree.parse("d.md", "title:\nissuer: ~\nnumber: \" 青教发〔2024〕8号 \"\nschools: [1]\n", 1,
                problems).orElseThrow();

        assertThat(YamlTree.text(yaml.root(), "title")).isEmpty();
        assertThat(YamlTree.text(yaml.root(), "issuer")).isEmpty();
        assertThat(YamlTree.text(yaml.root(), "schools")).isEmpty();
        assertThat(YamlTree.text(yaml.root(), "number")).contains("青教发〔2024〕8号");
    }

    @Test
    void readsDatesAndReportsMalformedOnesAtTheirPosition() {
        YamlTree yaml = YamlTree.parse("d.md", "date: 2024-03-18\nwritten: 2024-13-01\n", 2, problems).orElseThrow();

        assertThat(yaml.date("/date", "document.date", problems)).contains(java.time.LocalDate.of(2024, 3, 18));
        assertThat(yaml.date("/written", "document.date", problems)).isEmpty();
        assertThat(yaml.date("/missing", "document.date", problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("document.date");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.value()).isEqualTo("2024-13-01");
        });
    }
}
