package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessment writes the same reasons for thousands of schools: texts made alike are one object. */
class TextTest {

    @Test
    void textsMadeAlikeAreOneCopyHoweverTheyWereMade() {
        Text made = Text.of(new String("7 项指标中只有 5 项达标"), new String("only 5 of 7 indicators met"));

        assertThat(Text.of(new String("7 项指标中只有 5 项达标"), new String("only 5 of 7 indicators met")))
                .isSameAs(made);
        assertThat(Text.join(List.of(Text.of("甲", "a"), Text.of("乙", "b")))).isSameAs(Text.of("甲；乙", "a; b"));
        assertThat(Text.of("无法评估", "not assessable").prefixed(Text.of("L1", "L1")))
                .isSameAs(Text.of("L1：无法评估", "L1: not assessable"));
    }

    @Test
    void textsAlikeInOneLanguageOnlyStayApart() {
        Text one = Text.of("达标", "met");
        Text other = Text.of("达标", "meets");

        assertThat(other).isNotEqualTo(one);
        assertThat(other.en()).isEqualTo("meets");
    }
}
