package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgStylesTest {

    @Test
    void numbersTheDistinctStylesInTheOrderOfFirstUseAndCountsTheirUses() {
        // "Aa" and "BB" share a hash code: the table must still tell them apart
        String svg = "<svg><rect style='Aa'/><rect style='BB'/><text style='Aa'>x</text><rect/><rect style='BB'/>"
                + "<rect style='fill: red'/></svg>";

        SvgStyles styles = SvgStyles.of(svg);

        assertThat(styles.attributes()).isEqualTo(5);
        assertThat(styles.distinct()).isEqualTo(3);
        assertThat(List.of(styles.style(0), styles.style(1), styles.style(2))).containsExactly("Aa", "BB", "fill: red");
        assertThat(List.of(styles.uses(0), styles.uses(1), styles.uses(2))).containsExactly(2, 2, 1);
        assertThat(svg.substring(styles.start(2), styles.end(2))).isEqualTo(" style='Aa'");
        assertThat(styles.styleOf(3)).isEqualTo(1);
    }

    @Test
    void findsWhatAMapOfEveryAttributesTextFindsInADrawingOfManyElementsAndStyles() {
        StringBuilder drawn = new StringBuilder("<svg>");
        for (int i = 0; i < 1_000; i++) { // past every table's first size
            drawn.append("<rect style='fill: #").append(i * 7 % 97).append(";stroke-width: ").append(i % 3)
                    .append("'/>");
            if (i % 5 == 0) {
                drawn.append("<text style='font-family: \"思源黑体\"; font-size: ").append(i % 11).append("px'>标签</text>");
            }
        }
        String svg = drawn.append("</svg>").toString();
        Map<String, Integer> expected = new LinkedHashMap<>();
        List<int[]> spans = new ArrayList<>();
        Matcher attribute = Pattern.compile(" style='([^']*)'").matcher(svg);
        while (attribute.find()) {
            expected.merge(attribute.group(1), 1, Integer::sum);
            spans.add(new int[] {attribute.start(), attribute.end()});
        }

        SvgStyles styles = SvgStyles.of(svg);

        Map<String, Integer> found = new LinkedHashMap<>();
        for (int style = 0; style < styles.distinct(); style++) {
            found.put(styles.style(style), styles.uses(style));
        }
        assertThat(found).containsExactlyEntriesOf(expected);
        assertThat(styles.attributes()).isEqualTo(spans.size());
        List<String> keys = new ArrayList<>(expected.keySet());
        for (int i = 0; i < spans.size(); i++) {
            assertThat(new int[] {styles.start(i), styles.end(i)}).isEqualTo(spans.get(i));
            assertThat(svg.substring(styles.start(i) + " style='".length(), styles.end(i) - 1))
                    .isEqualTo(keys.get(styles.styleOf(i)));
        }
    }
}
