package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class LabelRememberingAxisTest {

    private static final String LABEL = "每百名学生拥有县级以上骨干教师数";

    private final Graphics2D g2 = new SVGGraphics2D(420, 300);

    /** An axis with the shipped font, as the charts' theme gives it: the default font's widths depend on the machine. */
    private static LabelRememberingAxis axis() {
        LabelRememberingAxis axis = new LabelRememberingAxis();
        axis.setTickLabelFont(ChartFont.plain(13));
        return axis;
    }

    private TextBlock label(LabelRememberingAxis axis, float width) {
        g2.setFont(axis.getTickLabelFont(LABEL)); // as the axis does before each label
        return axis.createLabel(LABEL, width, RectangleEdge.LEFT, g2);
    }

    private List<String> lines(TextBlock block) {
        return block.getLines().stream().map(line -> ((TextLine) line).getFirstTextFragment().getText()).toList();
    }

    @Test
    void aLabelIsBrokenOnceAndThenSharedByEveryAxisThatDrawsItAlike() {
        LabelRememberingAxis first = axis();
        first.setMaximumCategoryLabelLines(2);
        LabelRememberingAxis second = axis();
        second.setMaximumCategoryLabelLines(2);

        TextBlock block = label(first, 150f);

        assertThat(label(second, 150f)).isSameAs(block);
        Font font = first.getTickLabelFont(LABEL);
        g2.setFont(font);
        TextBlock fresh = TextUtils.createTextBlock(LABEL, font, first.getTickLabelPaint(LABEL), 150f, 2,
                new G2TextMeasurer(g2));
        assertThat(block).isEqualTo(fresh);
        assertThat(lines(block)).hasSize(2);
    }

    @Test
    void labelsFirstDrawnOnceTheAxisHasRememberedAsManyAsItKeepsAreRememberedToo() {
        LabelRememberingAxis axis = axis();
        for (int i = 0; i <= LabelRememberingAxis.REMEMBERED; i++) {
            g2.setFont(axis.getTickLabelFont("学校" + i));
            axis.createLabel("学校" + i, 150f, RectangleEdge.LEFT, g2);
        }
        g2.setFont(axis.getTickLabelFont("后来的标签"));

        TextBlock first = axis.createLabel("后来的标签", 150f, RectangleEdge.LEFT, g2);

        assertThat(axis.createLabel("后来的标签", 150f, RectangleEdge.LEFT, g2)).isSameAs(first);
    }

    @Test
    void aLabelDrawnDifferentlyIsBrokenAgain() {
        LabelRememberingAxis axis = axis();
        axis.setMaximumCategoryLabelLines(2);
        TextBlock narrow = label(axis, 150f);

        assertThat(lines(label(axis, 1000f))).containsExactly(LABEL);
        axis.setTickLabelPaint(Color.RED);
        assertThat(label(axis, 150f)).isNotEqualTo(narrow); // the same lines, in another colour
        axis.setMaximumCategoryLabelLines(1);
        assertThat(lines(label(axis, 150f))).hasSize(1);
    }
}
