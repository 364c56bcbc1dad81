package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartTable;
import org.junheng.charts.ReferenceLine;
import org.junit.jupiter.api.Test;

class ModelDigestTest {

    record Row(String name, Optional<Integer> value) {
    }

    @Test
    void aPageModelDigestsTheSameWhateverOrderItsUnorderedMapIterates() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> other = new HashMap<>(64);
        for (int i = 0; i < 20; i++) {
            one.put("key" + i, List.of(new Row("r" + i, Optional.of(i))));
        }
        for (int i = 19; i >= 0; i--) {
            other.put("key" + i, List.of(new Row("r" + i, Optional.of(i))));
        }

        assertThat(ModelDigest.of(Map.copyOf(one))).isEqualTo(ModelDigest.of(other)).isEqualTo(ModelDigest.of(one));
    }

    @Test
    void anyValueChangedDownTheModelChangesTheDigest() {
        String digest = ModelDigest.of(Map.of("rows", List.of(new Row("a", Optional.of(1)))));

        assertThat(ModelDigest.of(Map.of("rows", List.of(new Row("a", Optional.of(2)))))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("rows", List.of(new Row("a", Optional.empty()))))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("rows", List.of(new Row("b", Optional.of(1)))))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("row", List.of(new Row("a", Optional.of(1)))))).isNotEqualTo(digest);
    }

    @Test
    void anOrderedMapIsDigestedInItsOwnOrderWhichATemplateShows() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);

        assertThat(ModelDigest.of(Map.of("m", ab))).isNotEqualTo(ModelDigest.of(Map.of("m", ba)));
        assertThat(ModelDigest.of(Map.of("m", new TreeMap<>(ba)))).isEqualTo(ModelDigest.of(Map.of("m", ab)));
    }

    @Test
    void aListIsDigestedInItsOrderAsAnOrderedSetIsAndAnUnorderedSetInNone() {
        List<String> ab = List.of("a", "b");
        List<String> ba = List.of("b", "a");
        Set<String> many = new HashSet<>();
        Set<String> reversed = new HashSet<>(64);
        for (int i = 0; i < 20; i++) {
            many.add("item" + i);
            reversed.add("item" + (19 - i));
        }

        assertThat(ModelDigest.of(Map.of("l", ab))).isNotEqualTo(ModelDigest.of(Map.of("l", ba)))
                .isEqualTo(ModelDigest.of(Map.of("l", new LinkedHashSet<>(ab))))
                .isEqualTo(ModelDigest.of(Map.of("l", new ArrayList<>(ab))));
        assertThat(ModelDigest.of(Map.of("s", many))).isEqualTo(ModelDigest.of(Map.of("s", reversed)));
        assertThat(ModelDigest.of(Map.of("s", many))).isNotEqualTo(ModelDigest.of(Map.of("s", List.copyOf(many))));
    }

    @Test
    void aChartCountsWithEverythingItIsDrawnFrom() {
        ChartBook book = new ChartBook(Optional.empty());
        String digest = ModelDigest.of(Map.of("chart", new ChartView(bars(86.0, "标准"), book, true)));

        assertThat(ModelDigest.of(Map.of("chart", new ChartView(bars(86.0, "标准"), book, false)))).isEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("chart", new ChartView(bars(86.5, "标准"), book, true)))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("chart", new ChartView(bars(86.0, "上限"), book, true)))).isNotEqualTo(digest);
    }

    private static BarChartSpec bars(double value, String line) {
        return new BarChartSpec("school-1-primary", "达标程度", "一项未达标。", "占标准的百分比（%）",
                List.of(new Bar("生均体育运动场馆面积", value, value + "%", true)), List.of(new ReferenceLine(100, line)),
                new ChartTable(List.of("指标"), List.of(List.of("L5"))));
    }

    @Test
    void aTextDigestsTheSameWhateverKindOfCharacterSequenceHoldsIt() {
        assertThat(ModelDigest.of(Map.of("t", new StringBuilder("均衡"))))
                .isEqualTo(ModelDigest.of(Map.of("t", "均衡")))
                .isNotEqualTo(ModelDigest.of(Map.of("t", "均")));
    }

    @Test
    void everyCharacterOfALongTextCountsAndTextsDoNotRunTogether() {
        String text = "优质均衡".repeat(3000); // longer than the digest's block of pending bytes
        String digest = ModelDigest.of(Map.of("t", text));

        assertThat(ModelDigest.of(Map.of("t", new String(text)))).isEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("t", text.substring(0, text.length() - 1) + "质"))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("t", List.of("ab", "c"))))
                .isNotEqualTo(ModelDigest.of(Map.of("t", List.of("a", "bc"))));
    }

    @Test
    void aNumberCountsWithItsTypeAndItsScaleSinceEitherChangesHowItPrints() {
        List<Object> ones = List.of(1, 1L, new BigDecimal("1"), new BigDecimal("1.0"), new BigDecimal("1.00"), 1.0, "1",
                true, new BigDecimal("-1"), new BigDecimal("100").setScale(-2, RoundingMode.UNNECESSARY), 256,
                1L << 32, new BigDecimal("0.3333333333333333333333333333333333"));
        List<String> digests = ones.stream().map(value -> ModelDigest.of(Map.of("n", value))).toList();

        assertThat(digests).doesNotHaveDuplicates();
        assertThat(ModelDigest.of(Map.of("n", new BigDecimal("0.3333333333333333333333333333333333"))))
                .isEqualTo(digests.get(digests.size() - 1));
        assertThat(ModelDigest.of(Map.of("n", List.of(1, 2)))).isNotEqualTo(ModelDigest.of(Map.of("n", List.of(2, 1))));
    }

    @Test
    void labelsDigestedOnceCountLikeAnyMapButWithinTheirOwnKind() {
        Map<String, String> labels = Map.of("nav.home", "首页", "nav.schools", "学校");
        String digest = ModelDigest.of(Map.of("t", new DigestedMap(labels)));

        assertThat(ModelDigest.of(Map.of("t", new DigestedMap(new TreeMap<>(labels))))).isEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("t", new DigestedMap(Map.of("nav.home", "首页", "nav.schools", "学校名录")))))
                .isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("t", new DigestedMap(Map.of("nav.home", "首页"))))).isNotEqualTo(digest);
        assertThat(ModelDigest.of(Map.of("t", labels))).isNotEqualTo(digest);
        assertThat(new DigestedMap(labels)).isEqualTo(labels).containsEntry("nav.schools", "学校");
    }

    @Test
    void aValueThePageCacheCannotKeyStopsTheBuild() {
        assertThatThrownBy(() -> ModelDigest.of(Map.of("x", new Object())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("java.lang.Object");
    }
}
