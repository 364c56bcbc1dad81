package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SvgCompactorTest {

    private static final String NAMESPACES = "xmlns='http://www.w3.org/2000/svg'"
            + " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    @Test
    void dropsTheWholeCanvasClipWithItsEmptiedDefsAndTurnsRepeatedStylesIntoClasses() {
        String drawn = "<svg " + NAMESPACES + " width='10' height='8'><defs><clipPath id='c1'>"
                + "<path d='M0,0L10,0L10,8L0,8L0,0Z'/></clipPath></defs>"
                + "<rect clip-path='url(#c1)' style='fill: red'/><rect clip-path='url(#c1)' style='fill: red'/>"
                + "<text style='font-family: &quot;A&quot;'>a</text></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8)).isEqualTo(
                "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='8'><style>#svg-t .s0{fill: red}</style>"
                        + "<rect class='s0'/><rect class='s0'/><text style='font-family: &quot;A&quot;'>a</text></svg>");
    }

    @Test
    void keepsOtherClipsAndTheirDefsAndLeavesADrawingWithNothingToCompactAsItIs() {
        String drawn = "<svg width='10' height='8'><defs><clipPath id='c1'><path d='M0,0L10,0L10,8L0,8L0,0Z'/>"
                + "</clipPath><clipPath id='c2'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath></defs>"
                + "<rect clip-path='url(#c1)' style='fill: red'/><rect clip-path='url(#c2)' style='fill: blue'/></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8)).isEqualTo("<svg width='10' height='8'><defs>"
                + "<clipPath id='c2'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath></defs>"
                + "<rect style='fill: red'/><rect clip-path='url(#c2)' style='fill: blue'/></svg>");
        String plain = "<svg width='10' height='8'><rect style='fill: red'/></svg>";
        assertThat(SvgCompactor.compact(plain, "svg-t", 10, 8)).isSameAs(plain);
        String unscopable = "<svg width='10' height='8'><rect style='fill: red'/><rect style='fill: red'/></svg>";
        assertThat(SvgCompactor.compact(unscopable, "1-not-a-css-id", 10, 8)).isSameAs(unscopable);
    }

    @Test
    void addsAttributesToTheOpeningTagAndFirstChildrenBeforeTheStylesInTheSameCopy() {
        String drawn = "<svg " + NAMESPACES + "><rect style='fill: red'/><rect style='fill: red'/></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8, " role=\"img\"", "<title>T</title>")).isEqualTo(
                "<svg xmlns='http://www.w3.org/2000/svg' role=\"img\"><title>T</title>"
                        + "<style>#svg-t .s0{fill: red}</style><rect class='s0'/><rect class='s0'/></svg>");
        String plain = "<svg width='10' height='8'><rect/></svg>";
        assertThat(SvgCompactor.compact(plain, "svg-t", 10, 8, " role=\"img\"", "<title>T</title>"))
                .isEqualTo("<svg width='10' height='8' role=\"img\"><title>T</title><rect/></svg>");
    }

    @Test
    void movesAClipThatConsecutiveElementsShareToOneGroupAroundThem() {
        String drawn = "<svg width='10' height='8'><defs><clipPath id='c1'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath>"
                + "<clipPath id='c2'><path d='M2,2L4,2L4,4L2,4L2,2Z'/></clipPath></defs>"
                + "<line x1='0' clip-path='url(#c1)'/><g><text x='1' clip-path='url(#c1)'>a</text></g>"
                + "<g class='k' clip-path='url(#c1)'><path d='M0,0'/></g>"
                + "<rect x='1' clip-path='url(#c2)'/><rect x='2' clip-path='url(#c2)'/>"
                + "<rect x='3' clip-path='url(#c1)'/>"
                + "<rect x='4' transform='scale(2)' clip-path='url(#c1)'/><rect x='5' clip-path='url(#c1)'/></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8)).isEqualTo("<svg width='10' height='8'><defs>"
                + "<clipPath id='c1'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath>"
                + "<clipPath id='c2'><path d='M2,2L4,2L4,4L2,4L2,2Z'/></clipPath></defs>"
                + "<g clip-path='url(#c1)'><line x1='0'/><g><text x='1'>a</text></g>"
                + "<g class='k'><path d='M0,0'/></g></g>"
                + "<g clip-path='url(#c2)'><rect x='1'/><rect x='2'/></g>"
                + "<rect x='3' clip-path='url(#c1)'/>"
                + "<rect x='4' transform='scale(2)' clip-path='url(#c1)'/><rect x='5' clip-path='url(#c1)'/></svg>");
    }

    @Test
    void leavesClipsInAGroupOfMixedChildrenOrUnderATransformAndWhatItCannotReadAsItIs() {
        String mixed = "<svg width='10' height='8'><g><rect clip-path='url(#c1)'/><rect/></g>"
                + "<g transform='rotate(90)'><text clip-path='url(#c1)'>a</text></g><rect clip-path='url(#c1)'/>"
                + "<g><rect transform='scale(2)' clip-path='url(#c1)'/></g><rect clip-path='url(#c1)'/></svg>";
        assertThat(SvgCompactor.compact(mixed, "svg-t", 10, 8)).isSameAs(mixed);
        String commented = "<svg width='10' height='8'><!-- x --><rect clip-path='url(#c1)'/>"
                + "<rect clip-path='url(#c1)'/></svg>";
        assertThat(SvgCompactor.compact(commented, "svg-t", 10, 8)).isSameAs(commented);
        String unclosed = "<svg width='10' height='8'><g><rect clip-path='url(#c1)'/>"
                + "<rect clip-path='url(#c1)'/></svg>";
        assertThat(SvgCompactor.compact(unclosed, "svg-t", 10, 8)).isSameAs(unclosed);
    }

    @Test
    void everyShapeOfAJFreeChartDrawingKeepsTheClipsItWasDrawnWith() {
        // as the renderer draws them: rotated labels as text in a transformed group, not as outlines
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(1.5, "甲", "2022");
        data.addValue(2.5, "甲", "2023");
        data.addValue(0.5, "乙", "2022");
        data.addValue(3.0, "乙", "2023");
        for (JFreeChart chart : List.of(
                ChartFactory.createLineChart("趋势", "学年", "差异系数", data, PlotOrientation.VERTICAL, true,
                        false, false),
                ChartFactory.createBarChart("达标", "指标", "占标准的百分比（%）", data, PlotOrientation.HORIZONTAL,
                        true, false, false))) {
            chart.getCategoryPlot().getRenderer().setDefaultItemLabelsVisible(true);
            chart.getCategoryPlot().getRenderer().setDefaultItemLabelGenerator(
                    new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
            SVGGraphics2D g = new SVGGraphics2D(420, 300);
            g.setDefsKeyPrefix("svg-t-");
            g.setGeomDoubleConverter(SvgNumbers::hundredths);
            chart.draw(g, new Rectangle(0, 0, 420, 300));
            String drawn = g.getSVGElement("svg-t");

            String compacted = SvgCompactor.compact(drawn, "svg-t", 420, 300);

            assertThat(drawn).contains("<g transform=");
            assertThat(compacted.length()).isLessThan(drawn.length());
            assertThat(compacted).contains("<g clip-path=");
            assertThat(clipsOfEachShape(compacted)).isEqualTo(clipsOfEachShape(drawn)).isNotEmpty();
        }
    }

    /**
     * Each shape of the drawing in order (its tag and position), with the clips it is drawn through: each
     * clip with the transforms of the element that names it and of that element's ancestors, in whose
     * user space it is laid out. The clip to the whole canvas, which the SVG viewport does anyway, is left out.
     */
    private static List<String> clipsOfEachShape(String svg) {
        Document document = Jsoup.parse(svg, "", Parser.xmlParser());
        List<String> shapes = new ArrayList<>();
        for (Element shape : document.select("line, rect, path, text, circle, ellipse, polyline, polygon")) {
            if (shape.parents().stream().anyMatch(parent -> parent.tagName().equals("defs"))) {
                continue;
            }
            StringBuilder clips = new StringBuilder();
            for (Element at = shape; at != null && !at.tagName().equals("#root"); at = at.parent()) {
                String clip = at.attr("clip-path");
                if (!clip.isEmpty() && !isWholeCanvas(document, clip)) {
                    StringBuilder space = new StringBuilder();
                    for (Element above = at; above != null; above = above.parent()) {
                        if (above.hasAttr("transform")) {
                            space.insert(0, above.attr("transform") + ";");
                        }
                    }
                    clips.append(clip).append(" in ").append(space).append(' ');
                }
            }
            shapes.add(shape.tagName() + " " + shape.attr("x") + shape.attr("y") + shape.attr("x1") + shape.attr("y1")
                    + shape.attr("d") + " " + shape.ownText() + " | " + clips);
        }
        return shapes;
    }

    private static boolean isWholeCanvas(Document document, String clip) {
        String id = clip.substring("url(#".length(), clip.length() - 1);
        Element path = document.selectFirst("clipPath[id=" + id + "] > path");
        return path != null && path.attr("d").equals("M0,0L420,0L420,300L0,300L0,0Z");
    }
}
