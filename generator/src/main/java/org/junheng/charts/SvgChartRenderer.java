package org.junheng.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.junheng.files.KeptPerThread;

/**
 * Draws chart specs as inline SVG with JFreeChart and JFreeSVG, the same bytes on every
 * machine: text is measured with the shipped font, ids come from the chart's own id, and
 * nothing depends on time. Colours are the Okabe–Ito palette, which survives colour
 * blindness, and every bar and point also carries its value as text.
 */
public final class SvgChartRenderer {

    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    private static final Color[] SERIES = {BLUE, new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9), VERMILLION};
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xD0, 0xD4, 0xDA);
    private static final int WIDTH = 420;
    private static final int BAR_HEIGHT = 34;
    /** A bar whose label takes three lines: room for them in the shipped font at 14 px. */
    private static final int TALL_BAR_HEIGHT = 50;
    /** The most bars a chart may have for its labels to take a third line. */
    private static final int FEW_BARS = 12;
    /** The most of the plot's width the bars' labels take. */
    private static final float BAR_LABEL_WIDTH_RATIO = 0.42f;
    /** About how wide a line chart's plot is, of the chart's 420 px: the rest is the value axis. */
    private static final double PLOT_WIDTH = 340;
    private static final int LABEL_SIZE = 13;
    /** Room past the longest bar for its value, as a share of the axis. */
    private static final double BAR_VALUE_ROOM = 0.26;
    /** The value axis's end past the highest reference line, as a multiple of it: a third of the axis for its label. */
    private static final double LINE_LABEL_ROOM = 1.5;
    /**
     * Each thread's buffer for JFreeSVG to draw into, kept from one chart to the next: a fresh one
     * grew by copying itself a dozen times a chart, and once more at the first Chinese label.
     */
    private static final KeptPerThread<StringBuilder> DRAWING = KeptPerThread.builders(1 << 15, 1 << 20);
    /**
     * Each thread's buffer for the whole {@code <svg>} element, kept likewise. JFreeSVG's
     * {@code getSVGElement} copies the drawing into a fresh builder that grows a dozen times and is
     * copied again at the first Chinese label: a quarter of what a cold build allocated. It is asked
     * only for the opening tag and the definitions, with the drawing moved here first.
     */
    private static final KeptPerThread<StringBuilder> ELEMENT = KeptPerThread.builders(1 << 15, 1 << 20);
    private static final String CLOSING_TAG = "</svg>";
    /** The height of the band above the first bar and below the last that a reference line's label takes. */
    private static final int LABEL_BAND = 20;

    static {
        // Rotated text otherwise becomes glyph outlines instead of text in the SVG.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    public Chart draw(BarChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < spec.bars().size(); i++) {
            data.addValue(spec.bars().get(i).value(), "value", new Category(i, spec.bars().get(i).label()));
        }
        CategoryPlot plot = plot(data, spec.valueAxis(), PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(plot, false);
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return spec.bars().get(column).flagged() ? VERMILLION : BLUE;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.7);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(CategoryDataset dataset, int row, int column) {
                return spec.bars().get(column).valueLabel();
            }
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFont.plain(14));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        plot.setRenderer(renderer);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelWidthRatio(BAR_LABEL_WIDTH_RATIO);
        // the plot is never wider than the chart, so the labels' column never either. A long list
        // (a county's schools) keeps two lines: a third on every bar would make it half as long
        // again to scroll on a phone, and the table beside it names each school in full
        int labelLines = spec.bars().size() > FEW_BARS ? BarLabelLines.USUAL
                : BarLabelLines.of(spec.bars().stream().map(Bar::label).toList(), categories.getTickLabelFont(),
                        BAR_LABEL_WIDTH_RATIO * WIDTH);
        categories.setMaximumCategoryLabelLines(labelLines);
        // room for the longest bar's value in a reader's font wider than the shipped one
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setUpperMargin(BAR_VALUE_ROOM);
        double highestBar = spec.bars().stream().mapToDouble(Bar::value).max().orElse(0);
        double highestLine = spec.lines().stream().mapToDouble(ReferenceLine::value).max().orElse(0);
        if (highestLine * LINE_LABEL_ROOM > highestBar * (1 + BAR_VALUE_ROOM)) {
            // a limit above every bar is drawn, with room after it for its label: how far below it
            // the bars are is the finding
            values.setRange(0, highestLine * LINE_LABEL_ROOM);
        }
        addLines(plot, spec.lines());
        int barHeight = labelLines > BarLabelLines.USUAL ? TALL_BAR_HEIGHT : BAR_HEIGHT;
        int bars = barHeight * Math.max(1, spec.bars().size());
        // the lines' labels sit above the first bar and, for a second line, below the last: not on a bar
        int labelBands = Math.min(2, spec.lines().size()) * LABEL_BAND;
        double band = (double) LABEL_BAND / (bars + labelBands);
        if (!spec.lines().isEmpty()) {
            categories.setLowerMargin(band);
        }
        if (spec.lines().size() > 1) {
            categories.setUpperMargin(band);
        }
        return svg(spec.id(), spec.title(), spec.description(), chart, 70 + bars + labelBands, spec.table());
    }

    public Chart draw(GroupedBarChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < spec.series().size(); s++) {
            Series series = spec.series().get(s);
            for (int c = 0; c < spec.categories().size(); c++) {
                data.addValue(series.values().get(c), new Category(s, series.name()),
                        new Category(c, spec.categories().get(c)));
            }
        }
        CategoryPlot plot = plot(data, spec.valueAxis(), PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(plot, true);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFont.plain(13));
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        plot.setRenderer(renderer);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.2);
        int height = 90 + 22 * spec.series().size() * Math.max(1, spec.categories().size());
        return svg(spec.id(), spec.title(), spec.description(), chart, height, spec.table());
    }

    public Chart draw(LineChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < spec.series().size(); s++) {
            Series series = spec.series().get(s);
            for (int x = 0; x < spec.xLabels().size(); x++) {
                data.addValue(series.values().get(x), new Category(s, series.name()),
                        new Category(x, spec.xLabels().get(x)));
            }
        }
        CategoryPlot plot = plot(data, spec.valueAxis(), PlotOrientation.VERTICAL);
        JFreeChart chart = chart(plot, spec.series().size() > 1);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        // a marker's outline would be its fill's colour again: a second path for every point
        renderer.setDrawOutlines(false);
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, colour(s));
            renderer.setSeriesShape(s, shape(s));
            renderer.setSeriesStroke(s, stroke(s));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(spec.series().size() <= 3);
        renderer.setDefaultItemLabelFont(ChartFont.plain(13));
        renderer.setDefaultItemLabelPaint(INK);
        plot.setRenderer(renderer);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        if (!spec.lines().isEmpty()) {
            // room right of the last year for the widest line label, which would otherwise cover its points
            double widest = spec.lines().stream().mapToDouble(line -> labelWidth(line.label())).max().orElse(0);
            plot.getDomainAxis().setUpperMargin(Math.min(0.45, Math.max(0.22, widest * 1.3 / PLOT_WIDTH)));
        }
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.15);
        addLines(plot, spec.lines());
        return svg(spec.id(), spec.title(), spec.description(), chart, 320, spec.table());
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, String valueAxis, PlotOrientation orientation) {
        NumberAxis values = new NumberAxis(valueAxis);
        values.setNumberFormatOverride(new java.text.DecimalFormat("#,##0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        CategoryPlot plot = new CategoryPlot(data, new LabelRememberingAxis(), values, null);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
        return plot;
    }

    private static JFreeChart chart(CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, ChartFont.plain(14), plot, legend);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (legend) {
            LegendTitle title = chart.getLegend();
            title.setPosition(RectangleEdge.TOP);
            title.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("junheng");
        theme.setExtraLargeFont(ChartFont.bold(17));
        theme.setLargeFont(ChartFont.bold(14));
        theme.setRegularFont(ChartFont.plain(14));
        theme.setSmallFont(ChartFont.plain(13));
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendItemPaint(INK);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        return theme;
    }

    private static void addLines(CategoryPlot plot, List<ReferenceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            ReferenceLine line = lines.get(i);
            boolean top = i % 2 == 0; // neighbouring lines (100 % and 85 %) label at opposite ends
            ValueMarker marker = new ValueMarker(line.value(), INK, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(line.label());
            marker.setLabelFont(ChartFont.plain(LABEL_SIZE));
            marker.setLabelPaint(INK);
            boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
            marker.setLabelBackgroundColor(Color.WHITE);
            if (horizontal) {
                // in the band above the first bar or below the last, after the line: a reader's font
                // wider than the shipped one then widens the label away from the line
                marker.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
                marker.setLabelTextAnchor(top ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
                marker.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
            } else {
                marker.setLabelAnchor(top ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(top ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                // a label ending at the plot's edge is placed by its width in the shipped font, and the
                // reader's font may be wider (DejaVu Sans by about a sixth): the edge would cut it
                marker.setLabelOffset(new RectangleInsets(2, 3, 2, top ? 14 : 3));
            }
            plot.addRangeMarker(marker, Layer.FOREGROUND);
        }
    }

    /** The width of a reference line's label in the shipped font, as the chart lays it out. */
    private static double labelWidth(String label) {
        return ChartFont.plain(LABEL_SIZE).getStringBounds(label, new FontRenderContext(null, true, true)).getWidth();
    }

    static Color colour(int series) {
        return SERIES[series % SERIES.length];
    }

    /**
     * The series' marker. The palette has six colours, so a seventh series (a school's seven
     * indicators) takes the first one's colour again: its marker moves on by one, so that no two
     * of the first eighteen series share colour, marker and dash.
     */
    static Shape shape(int series) {
        return switch ((series + series / SERIES.length) % 3) {
            case 0 -> new Ellipse2D.Double(-4, -4, 8, 8);
            case 1 -> new Rectangle2D.Double(-4, -4, 8, 8);
            default -> new java.awt.Polygon(new int[] {0, 5, -5}, new int[] {-5, 4, 4}, 3);
        };
    }

    static BasicStroke stroke(int series) {
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}};
        float[] dash = dashes[series % dashes.length];
        return dash == null ? new BasicStroke(2f) : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, dash, 0f);
    }

    private static Chart svg(String id, String title, String description, JFreeChart chart, int height,
                             ChartTable table) {
        // Ids inside SVG must be XML names, and a chart id may start with a county's code (a digit).
        String svgId = "svg-" + id;
        StringBuilder drawing = DRAWING.get();
        drawing.setLength(0);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height, null, drawing);
        g.setDefsKeyPrefix(svgId + "-");
        g.setGeomDoubleConverter(SvgNumbers::hundredths);
        // Only text measured with the shipped font gets the reader's font stack; anything else keeps
        // its Java family name, which the tests look for.
        g.setFontFunction(family -> ChartFont.FAMILY.equals(family) ? ChartFont.CSS_FAMILIES : family);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        // names the chart for assistive technology: role, title and a description of the finding
        String labelling = " role=\"img\" aria-labelledby=\"" + svgId + "-title " + svgId + "-desc\" class=\"chart\"";
        String titled = "<title id=\"" + svgId + "-title\">" + escape(title) + "</title>"
                + "<desc id=\"" + svgId + "-desc\">" + escape(description) + "</desc>";
        String whole = element(g, drawing, svgId, height);
        DRAWING.keep(drawing);
        String element = SvgCompactor.compact(whole, svgId, WIDTH, height, labelling, titled);
        return new Chart(id, title, description, element, table);
    }

    /** What {@code g.getSVGElement} makes of the drawing {@code g} made in {@code drawing}, which is emptied. */
    static String element(SVGGraphics2D g, StringBuilder drawing, String svgId, int height) {
        StringBuilder element = ELEMENT.get();
        element.setLength(0);
        element.append(drawing);
        drawing.setLength(0);
        String empty = g.getSVGElement(svgId, false, new ViewBox(0, 0, WIDTH, height), null, null);
        element.insert(0, empty, 0, empty.length() - CLOSING_TAG.length()).append(CLOSING_TAG);
        String whole = element.toString();
        ELEMENT.keep(element);
        return whole;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A category key that keeps duplicate labels apart while showing only the label. */
    private record Category(int index, String label) implements Comparable<Category> {
        @Override
        public int compareTo(Category other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
