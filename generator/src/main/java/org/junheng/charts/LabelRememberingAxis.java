package org.junheng.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A category axis that breaks each label into lines once rather than twice for every chart.
 * JFreeChart breaks a label with a line-break iterator and measures each piece, both when it
 * reserves the axis's space and when it draws; for Chinese labels, where every character may end a
 * line, that was about 3 % of a cold build's time. The same indicator names label the bars of every
 * school's chart, so the broken labels are shared between charts; the lines a label breaks into
 * depend only on what the key holds, so a remembered one is the one JFreeChart would make again.
 */
final class LabelRememberingAxis extends CategoryAxis {

    /**
     * Labels kept at most. When that many are kept (labels naming schools, each drawn a few times,
     * fill it at national size), all are forgotten: the labels every school's chart shares are back
     * after its next chart, where a full map that kept its first labels would miss them for good.
     */
    static final int REMEMBERED = 4096;
    private static final Map<Label, TextBlock> LABELS = new ConcurrentHashMap<>();

    /** All a broken label depends on: its text, look, width and lines, and the font and context it is measured with. */
    private record Label(String text, Font font, Paint paint, float width, int lines, Font measuredWith,
                         FontRenderContext context) {
    }

    LabelRememberingAxis() {
        super(null);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        Label label = new Label(category.toString(), getTickLabelFont(category), getTickLabelPaint(category), width,
                getMaximumCategoryLabelLines(), g2.getFont(), g2.getFontRenderContext());
        TextBlock block = LABELS.get(label);
        if (block == null) {
            block = super.createLabel(category, width, edge, g2);
            if (LABELS.size() >= REMEMBERED) {
                LABELS.clear();
            }
            LABELS.put(label, block);
        }
        return block;
    }
}
