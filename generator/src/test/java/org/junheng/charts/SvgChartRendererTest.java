package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class SvgChartRendererTest {

    private final SvgChartRenderer renderer = new SvgChartRenderer();

    static BarChartSpec bars() {
        return new BarChartSpec("school-2199010001-primary", "青岚县实验小学（小学）七项指标达标程度",
                "七项指标中六项达到标准，生均体育运动场馆面积为标准的 86%，未达标。", "占标准的百分比（%）",
                List.of(new Bar("每百名学生拥有高于规定学历教师数", 130.2, "130%", false),
                        new Bar("生均体育运动场馆面积", 86.0, "86% 未达标", true),
                        new Bar("青岚县石门镇中心小学附属云峰村教学点的一个特别长的名字", 101.0, "101%", false)),
                List.of(new ReferenceLine(100, "标准"), new ReferenceLine(85, "85%")),
                new ChartTable(List.of("指标", "占标准"), List.of(List.of("L1", "130%"))));
    }

    static LineChartSpec lines() {
        return new LineChartSpec("county-cv-primary", "小学差异系数", "2024 年七项差异系数都低于 0.50。", "差异系数",
                List.of("2022", "2023", "2024"),
                List.of(new Series("L2 骨干教师", Arrays.asList(0.533, 0.323, 0.159)),
                        new Series("L5 运动场馆", Arrays.asList(0.510, null, 0.436))),
                List.of(new ReferenceLine(0.5, "上限 0.50")), new ChartTable(List.of("学年"), List.of()));
    }

    @Test
    void aBarChartIsAccessibleValidSvgThatScalesWithItsContainer() throws Exception {
        Chart chart = renderer.draw(bars());

        Document svg = parse(chart.svg());
        var root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby"))
                .isEqualTo("svg-school-2199010001-primary-title svg-school-2199010001-primary-desc");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 420 ");
        assertThat(root.getAttribute("width")).isEmpty();
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(chart.title());
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).contains("未达标");
        assertThat(chart.svg()).as("labels are text, not outlines").contains(">86% 未达标</text>", ">标准</text>")
                .contains("font-family: system-ui");
        assertThat(chart.svg().length()).as("styles are shared, not repeated on every element").isLessThan(7_000);
    }

    @Test
    void aLineChartDrawsEverySeriesAndItsLimit() throws Exception {
        Chart chart = renderer.draw(lines());

        parse(chart.svg());
        assertThat(chart.svg()).contains(">上限 0.50</text>", ">L2 骨干教师</text>", ">L5 运动场馆</text>", ">0.533</text>");
    }

    @Test
    void aReferenceLinesLabelCoversNoBar() {
        String drawn = renderer.draw(bars()).svg();
        // the bars and the labels' boxes are what the plot's clip holds
        String svg = drawn.substring(drawn.indexOf("<g clip-path="));
        java.util.regex.Pattern rect = java.util.regex.Pattern.compile(
                "<rect x='([0-9.]+)' y='([0-9.]+)' width='([0-9.]+)' height='([0-9.]+)'[^>]*/>(<g><text[^>]*>([^<]*)</text>)?");
        List<double[]> labels = new java.util.ArrayList<>();
        List<double[]> bars = new java.util.ArrayList<>();
        java.util.regex.Matcher found = rect.matcher(svg);
        while (found.find()) {
            double[] box = {Double.parseDouble(found.group(1)), Double.parseDouble(found.group(2)),
                Double.parseDouble(found.group(3)), Double.parseDouble(found.group(4))};
            // a line's label is drawn on a box of its own, right before its text
            (List.of("标准", "85%").contains(found.group(6)) ? labels : bars).add(box);
        }

        assertThat(labels).hasSize(2);
        assertThat(bars).hasSize(3);
        for (double[] label : labels) {
            for (double[] bar : bars) {
                boolean across = label[0] < bar[0] + bar[2] && bar[0] < label[0] + label[2];
                boolean along = label[1] < bar[1] + bar[3] && bar[1] < label[1] + label[3];
                assertThat(across && along).as("label box %s over bar %s", Arrays.toString(label),
                        Arrays.toString(bar)).isFalse();
            }
        }
    }

    @Test
    void aLimitAboveEveryBarIsDrawnWithItsLabelInsideThePlot() {
        BarChartSpec spec = new BarChartSpec("county-cv-junior", "初中差异系数", "七项差异系数都低于 0.45。", "差异系数",
                List.of(new Bar("L1", 0.049, "0.049", false), new Bar("L2", 0.126, "0.126", false)),
                List.of(new ReferenceLine(0.45, "上限 0.45")), new ChartTable(List.of("指标"), List.of()));
        String svg = renderer.draw(spec).svg();

        java.util.regex.Matcher plot = java.util.regex.Pattern.compile(
                "<rect x='([0-9.]+)' y='[0-9.]+' width='([0-9.]+)' height='[0-9.]+' class='[a-z0-9]+'/>").matcher(svg);
        assertThat(plot.find() && plot.find()).as("the chart's and then the plot's background").isTrue();
        double plotEnd = Double.parseDouble(plot.group(1)) + Double.parseDouble(plot.group(2));
        java.util.regex.Matcher label = java.util.regex.Pattern.compile(
                "<line x1='([0-9.]+)'[^>]*/><rect x='([0-9.]+)' y='[0-9.]+' width='([0-9.]+)'[^>]*/><g><text[^>]*>上限 0.45<")
                .matcher(svg);
        assertThat(label.find()).as("the limit's line and label are drawn").isTrue();
        double line = Double.parseDouble(label.group(1));
        double labelEnd = Double.parseDouble(label.group(2)) + Double.parseDouble(label.group(3));
        assertThat(line).isLessThan(labelEnd);
        // room past the label for a reader's font a sixth wider
        assertThat(labelEnd + (labelEnd - line) / 6).isLessThan(plotEnd);
        // one line's label takes the band above the first bar only
        assertThat(svg).contains("viewBox='0 0 420 " + (70 + 2 * 34 + 20) + "'");
    }

    @Test
    void aBarsLabelTakesAThirdLineRatherThanEndingInAnEllipsisAndEveryBarGetsTallerForIt() {
        String english = renderer.draw(new BarChartSpec("en-school-primary", "Each indicator", "Six of seven.",
                "Share of the standard (%)",
                List.of(new Bar("Backbone teachers (county level or above) per 100 students", 120.0, "120%", false),
                        new Bar("Sports ground and hall area per student", 86.0, "86% not met", true)),
                List.of(), new ChartTable(List.of("Indicator"), List.of()))).svg();
        String chinese = renderer.draw(new BarChartSpec("zh-school-primary", "各项指标", "六项达标。", "占标准的百分比（%）",
                List.of(new Bar("每百名学生拥有县级以上骨干教师数", 120.0, "120%", false),
                        new Bar("生均体育运动场馆面积", 86.0, "86% 未达标", true)),
                List.of(), new ChartTable(List.of("指标"), List.of()))).svg();

        assertThat(texts(english)).contains("per 100 students").noneMatch(text -> text.endsWith("..."));
        assertThat(english).as("two bars of three lines' height").contains("viewBox='0 0 420 " + (70 + 2 * 50) + "'");
        assertThat(texts(chinese)).noneMatch(text -> text.endsWith("..."));
        assertThat(chinese).as("labels of two lines keep the usual height").contains("viewBox='0 0 420 " + (70 + 2 * 34) + "'");
        List<Bar> schools = new java.util.ArrayList<>();
        for (int i = 0; i < 13; i++) {
            schools.add(new Bar("Qinglan Xian Shimen Zhen Zhongxin Xiaoxue Fushu Yunfeng Cun Jiaoxuedian " + i, 5.0 + i,
                    String.valueOf(5 + i), false));
        }
        String list = renderer.draw(new BarChartSpec("en-county-schools", "Schools", "Thirteen schools.", "teachers",
                schools, List.of(), new ChartTable(List.of("School"), List.of()))).svg();
        assertThat(list).as("a long list keeps two lines a bar").contains("viewBox='0 0 420 " + (70 + 13 * 34) + "'");
    }

    private static List<String> texts(String svg) {
        List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher text = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (text.find()) {
            texts.add(text.group(1).strip());
        }
        return texts;
    }

    @Test
    void aLineChartsLimitLabelStandsRightOfTheLastYearsPoints() {
        String svg = renderer.draw(lines()).svg();

        java.util.regex.Matcher year = java.util.regex.Pattern.compile("<text x='([0-9.]+)'[^>]*>2024</text>").matcher(svg);
        assertThat(year.find()).isTrue();
        double yearCentre = Double.parseDouble(year.group(1)) + ChartFont.plain(14).getStringBounds("2024",
                new java.awt.font.FontRenderContext(null, true, true)).getWidth() / 2;
        java.util.regex.Matcher label = java.util.regex.Pattern.compile(
                "<rect x='([0-9.]+)'[^>]*/><g><text[^>]*>上限 0.50</text>").matcher(svg);
        assertThat(label.find()).isTrue();

        // a point's marker reaches 4 px either side of its year
        assertThat(Double.parseDouble(label.group(1))).isGreaterThan(yearCentre + 4);
    }

    @Test
    void noTwoOfTheFirstEighteenSeriesAreDrawnAlike() {
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int series = 0; series < 18; series++) {
            java.awt.Shape marker = SvgChartRenderer.shape(series);
            looks.add(SvgChartRenderer.colour(series).getRGB() + " " + marker.getClass().getName() + " "
                    + marker.getBounds() + " " + Arrays.toString(SvgChartRenderer.stroke(series).getDashArray()));
        }

        assertThat(looks).hasSize(18);
    }

    @Test
    void theElementIsWhatJFreeSvgMakesOfTheDrawingWithItsDefinitions() {
        for (String label : List.of("生师比", "Pupil-teacher ratio")) { // the buffers stay UTF-16 once used for Chinese
            StringBuilder drawing = new StringBuilder();
            SVGGraphics2D g = new SVGGraphics2D(420, 200, null, drawing);
            g.setClip(new Rectangle(10, 10, 300, 150)); // a clip other than the canvas is defined in <defs>
            g.fill(new Rectangle(20, 20, 100, 50));
            g.drawString(label, 30, 40);
            String expected = g.getSVGElement("svg-x", false, new ViewBox(0, 0, 420, 200), null, null);

            assertThat(expected).contains("<defs>", label);
            assertThat(SvgChartRenderer.element(g, drawing, "svg-x", 200)).isEqualTo(expected);
            assertThat(drawing).isEmpty();
        }
    }

    @Test
    void theSameSpecGivesTheSameBytes() {
        String first = renderer.draw(bars()).svg();
        renderer.draw(lines()); // another drawing in between, in the same thread's buffer
        assertThat(renderer.draw(bars()).svg()).isEqualTo(first);
        assertThat(new SvgChartRenderer().draw(bars()).svg()).isEqualTo(first);
        assertThat(renderer.draw(lines()).svg()).isEqualTo(renderer.draw(lines()).svg());
    }

    @Test
    void idsInsideTheSvgAreXmlNamesMadeFromTheChartIdEvenWhenItStartsWithADigit() {
        BarChartSpec spec = bars();
        String svg = renderer.draw(new BarChartSpec("990101-" + spec.id(), spec.title(), spec.description(),
                spec.valueAxis(), spec.bars(), spec.lines(), spec.table())).svg();
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=[\"']([^\"']+)[\"']").matcher(svg);
        int found = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("svg-990101-school-2199010001-primary");
            found++;
        }
        assertThat(found).as("the svg, its title, description and clip paths").isGreaterThanOrEqualTo(4);
        assertThat(svg).as("JFreeSVG's own namespace is not allowed in HTML").doesNotContain("jfreesvg");
    }

    @Test
    void aGroupedBarChartShowsEverySeriesWithALegend() throws Exception {
        Chart chart = renderer.draw(new GroupedBarChartSpec("projects-budget", "预算", "计划 40 万元，已完成 25 万元。", "万元",
                List.of("校舍改造", "教学装备"), List.of(new Series("计划预算", List.of(30.0, 10.0)),
                        new Series("已完成项目预算", List.of(20.0, 5.0))),
                new ChartTable(List.of("类别", "计划", "完成"), List.of(List.of("校舍改造", "30", "20")))));

        parse(chart.svg());
        assertThat(chart.svg()).contains(">计划预算</text>", ">已完成项目预算</text>", ">校舍改造</text>", ">30</text>",
                ">5</text>");
    }

    @Test
    void everyTextIsLaidOutWithTheShippedFontSoNoSystemFontIsNeeded() throws Exception {
        for (Chart chart : List.of(renderer.draw(bars()), renderer.draw(lines()))) {
            Document svg = parse(chart.svg());
            String css = svg.getElementsByTagName("style").item(0).getTextContent();
            var texts = svg.getElementsByTagName("text");
            assertThat(texts.getLength()).isGreaterThan(5);
            for (int i = 0; i < texts.getLength(); i++) {
                var text = (org.w3c.dom.Element) texts.item(i);
                String style = text.hasAttribute("class") ? rule(css, text.getAttribute("class")) : text.getAttribute("style");
                assertThat(style).as(text.getTextContent()).contains("font-family: " + ChartFont.CSS_FAMILIES.replace("&quot;", "\""));
            }
        }
    }

    @Test
    void repeatedStylesAreClassesOfTheChartAndNothingIsClippedToTheWholeCanvas() throws Exception {
        Chart chart = renderer.draw(lines());

        Document svg = parse(chart.svg());
        String css = svg.getElementsByTagName("style").item(0).getTextContent();
        assertThat(css).startsWith("#svg-county-cv-primary .s0{");
        assertThat(chart.svg()).doesNotContain("M0,0L420,0L420,320L0,320L0,0Z").contains("clip-path=")
                .as("no <defs> is left empty").doesNotContain("<defs></defs>");
        java.util.regex.Matcher clips = java.util.regex.Pattern.compile("clip-path='url\\(#([^)]*)\\)'").matcher(chart.svg());
        while (clips.find()) {
            assertThat(chart.svg()).as("the clip each element uses is defined").contains("<clipPath id='" + clips.group(1) + "'>");
        }
        java.util.regex.Matcher styles = java.util.regex.Pattern.compile(" style='([^']*)'").matcher(chart.svg());
        java.util.Set<String> inline = new java.util.HashSet<>();
        while (styles.find()) {
            assertThat(inline.add(styles.group(1))).as("a style used twice is a class: " + styles.group(1)).isTrue();
        }
        var elements = svg.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            var element = (org.w3c.dom.Element) elements.item(i);
            if (element.hasAttribute("class") && !element.getTagName().equals("svg")) {
                assertThat(css).contains("#svg-county-cv-primary ." + element.getAttribute("class") + "{");
            }
        }
    }

    private static String rule(String css, String name) {
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("\\." + name + "\\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as("a rule for ." + name).isTrue();
        return rule.group(1);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
