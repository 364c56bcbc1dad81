package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recent values are made once while kept; the least recently asked for is let go first. */
class RecentValuesTest {

    @Test
    void aKeptValueIsNotMadeAgainAndTheLeastRecentlyAskedForIsLetGoFirst() {
        List<String> made = new ArrayList<>();
        RecentValues<String, String> recent = new RecentValues<>(2);

        assertThat(recent.get("甲", key -> made(made, key))).isEqualTo("甲!");
        recent.get("乙", key -> made(made, key));
        recent.get("甲", key -> made(made, key)); // 甲 is now the more recent of the two
        recent.get("丙", key -> made(made, key)); // lets go of 乙
        recent.get("甲", key -> made(made, key));
        recent.get("乙", key -> made(made, key));

        assertThat(made).containsExactly("甲", "乙", "丙", "乙");
        assertThat(recent.size()).isEqualTo(2);
    }

    private static String made(List<String> made, String key) {
        made.add(key);
        return key + "!";
    }
}
