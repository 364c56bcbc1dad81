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
    void shiftsPositionsForFrontMatter() {
        YamlTree yaml = YamlTree.parse("d.md", "title: 标题\ntype: 通知\n", 2, problems).orElseThrow();

        assertThat(yaml.at("/type").line()).isEqualTo(3);
    }

    @Test
    void reportsSyntaxErrorsWithTheirPosition() {
        assertThat(YamlTree.parse("c.yml", "a: 1\nb: [1, 2\nc: 3\n", 1, problems)).isEmpty();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("yaml.syntax");
            assertThat(p.location().line()).isBetween(2, 4);
        });
    }
}
