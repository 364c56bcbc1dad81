package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stage map behaves as the unmodifiable EnumMap it replaces: the same entries, in stage order. */
class StageMapTest {

    @Test
    void itHoldsTheEntriesItWasGivenInStageOrder() {
        Map<Stage, String> given = new LinkedHashMap<>();
        given.put(Stage.SENIOR, "高中");
        given.put(Stage.PRIMARY, "小学");
        EnumMap<Stage, String> expected = new EnumMap<>(given);

        Map<Stage, String> map = StageMap.copyOf(given);

        assertThat(map).isEqualTo(expected).hasSameHashCodeAs(expected).hasSize(2);
        assertThat(expected).isEqualTo(map);
        assertThat(map.keySet()).containsExactly(Stage.PRIMARY, Stage.SENIOR);
        assertThat(map.values()).containsExactly("小学", "高中");
        assertThat(map.entrySet()).containsExactly(Map.entry(Stage.PRIMARY, "小学"), Map.entry(Stage.SENIOR, "高中"));
        assertThat(map.get(Stage.JUNIOR)).isNull();
        assertThat(map.containsKey(Stage.JUNIOR)).isFalse();
        assertThat(map.get("小学")).isNull();
        assertThat(map.toString()).isEqualTo(expected.toString());
        assertThat(StageMap.copyOf(map)).isSameAs(map);
    }

    @Test
    void itCannotBeChangedNorThroughItsViews() {
        Map<Stage, String> map = StageMap.copyOf(Map.of(Stage.JUNIOR, "初中"));

        assertThatThrownBy(() -> map.put(Stage.PRIMARY, "小学")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().remove(Stage.JUNIOR)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("小学"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).containsExactly(Map.entry(Stage.JUNIOR, "初中"));
    }

    @Test
    void anEmptyMapHasNoEntries() {
        Map<Stage, List<String>> map = StageMap.copyOf(Map.of());

        assertThat(map).isEmpty();
        assertThat(map.entrySet().iterator().hasNext()).isFalse();
    }
}
