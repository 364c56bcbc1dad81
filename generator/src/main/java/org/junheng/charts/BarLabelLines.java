package org.junheng.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.text.TextUtils;

/**
 * How many lines the labels of a bar chart's categories may take: two, as Chinese indicator names
 * need, or three where a label needs more than two even at the widest its column can be. English
 * names are about twice as long: at two lines, "Teachers above the required degree per 100
 * students" ended "per 1...". Labels are broken here by JFreeChart's own rule at the widest their
 * column can be; the drawing breaks them at that width or narrower, so a label that needs three
 * lines here needs them there too. One that fits in two here may still need three in the drawing,
 * and is then cut short at two, as before. Either way no label takes more lines than its bar has
 * room for: a chart allows three only where its bars are made tall enough for three.
 */
final class BarLabelLines {

    static final int USUAL = 2;
    static final int MOST = 3;
    /** Labels kept at most; all are forgotten when that many are kept, as in {@link LabelRememberingAxis}. */
    private static final int REMEMBERED = 4096;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Map<Label, Integer> LINES = new ConcurrentHashMap<>();

    private BarLabelLines() {
    }

    /** The lines for labels in {@code font} in a column of at most {@code widest} pixels. */
    static int of(List<String> labels, Font font, float widest) {
        int most = USUAL;
        for (String label : labels) {
            most = Math.max(most, lines(label, font, widest));
        }
        return most;
    }

    /** All the lines of a label depend on. */
    private record Label(String text, Font font, float widest) {
    }

    private static int lines(String label, Font font, float widest) {
        Label key = new Label(label, font, widest);
        Integer known = LINES.get(key);
        if (known == null) {
            known = TextUtils.createTextBlock(label, font, Color.BLACK, widest, MOST,
                    (text, start, end) -> (float) font.getStringBounds(text, start, end, CONTEXT).getWidth())
                    .getLines().size();
            if (LINES.size() >= REMEMBERED) {
                LINES.clear();
            }
            LINES.put(key, known);
        }
        return known;
    }
}
