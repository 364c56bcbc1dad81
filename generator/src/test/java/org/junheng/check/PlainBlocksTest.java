package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junheng.charts.Bar;
import org.junheng.charts.BarChartSpec;
import org.junheng.charts.ChartTable;
import org.junheng.charts.LineChartSpec;
import org.junheng.charts.ReferenceLine;
import org.junheng.charts.Series;
import org.junheng.charts.SvgChartRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainBlocksTest {

    private static final SvgChartRenderer RENDERER = new SvgChartRenderer();

    private static String page(String body) {
        return "<!doctype html><html lang=\"zh-CN\"><head><title>t</title></head><body>" + body + "</body></html>";
    }

    private static PlainBlocks.Stripped strip(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return PlainBlocks.strip(bytes, bytes.length);
    }

    private static Set<String> parsedIds(String html) {
        return Jsoup.parse(html).select("[id]").stream().map(Element::id).collect(Collectors.toSet());
    }

    @Test
    void theChartsTheGeneratorDrawsAreTakenOutAndTheirIdsKept() {
        String bars = RENDERER.draw(new BarChartSpec("school-2199010001-primary", "青岚县实验小学 \"七项\" 指标",
                "七项指标中六项达到标准 & 一项未达标。", "占标准的百分比（%）",
                List.of(new Bar("生均体育运动场馆面积", 86.0, "86% 未达标", true),
                        new Bar("O'Brien <Primary> 每百名学生", 130.2, "130%", false)),
                List.of(new ReferenceLine(100, "标准")),
                new ChartTable(List.of("指标"), List.of()))).svg();
        String lines = RENDERER.draw(new LineChartSpec("county-cv-primary", "小学差异系数", "2024 年都低于 0.50。", "差异系数",
                List.of("2022", "2023", "2024"), List.of(new Series("L2 骨干教师", Arrays.asList(0.533, null, 0.159))),
                List.of(new ReferenceLine(0.5, "上限 0.50")), new ChartTable(List.of("学年"), List.of()))).svg();
        String qr = "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 41 41\" role=\"img\""
                + " aria-label=\"扫码打开本页\"><rect width=\"41\" height=\"41\" fill=\"#fff\"/>"
                + "<path d=\"M4,4.5h7m1,0h2\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\""
                + " shape-rendering=\"crispEdges\"/></svg>";
        String html = page("<figure id=\"chart\">" + bars + "</figure><p>间隔</p>" + lines + qr + "<a href=\"#chart\">图</a>");

        PlainBlocks.Stripped stripped = strip(html);

        assertThat(stripped.text()).isEqualTo(page("<figure id=\"chart\"></figure><p>间隔</p><a href=\"#chart\">图</a>"));
        Set<String> ids = new HashSet<>(parsedIds(stripped.text()));
        ids.addAll(stripped.ids());
        assertThat(ids).isEqualTo(parsedIds(html)).contains("svg-school-2199010001-primary", "svg-county-cv-primary");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<svg><image href=\"https://tiles.example/1.png\"/></svg>",
            "<svg><use xlink:href=\"https://icons.example/a.svg#x\"/></svg>",
            "<svg><a href=\"missing.html\"><rect width=\"1\" height=\"1\"/></a></svg>",
            "<svg><script>fetch('https://collect.example/')</script></svg>",
            "<svg onload=\"go()\"><rect width=\"1\" height=\"1\"/></svg>",
            "<svg><style>rect { fill: url(https://cdn.example/p.svg) }</style></svg>",
            "<svg><style>@import 'https://fonts.example/css';</style></svg>",
            "<svg><style>rect { fill: u&#114;l(https://cdn.example/p.svg) }</style></svg>",
            "<svg><rect style=\"fill: URL('https://cdn.example/p.svg')\"/></svg>",
            "<svg><rect style=\"fill: urL(https://cdn.example/p.svg)\"/></svg>",
            "<svg><text x=\"1\">a --> b</text></svg>",
            "<svg><text x=\"1\">a --!> b</text></svg>",
            "<svg><path d=\"M0,0h-7-->\"/></svg>",
            "<svg><rect style=\"fill: url&lpar;https://cdn.example/p.svg)\"/></svg>",
            "<svg><rect id=\"a\" id=\"b\"/></svg>",
            "<svg><rect id=\"a&amp;b\"/></svg>",
            "<svg><rect id=\"a\0b\"/></svg>",
            "<svg><g><rect/></svg>",
            "<svg><!-- a comment --><rect/></svg>",
            "<svg><rect hidden/></svg>",
            "<svg><rect width=1/></svg>",
            "<svg><rect/>"
    })
    void anSvgWithAnythingTheScanLooksForIsLeftForTheParser(String svg) {
        String html = page(svg + "<p>after</p>");

        assertThat(strip(html).text()).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"&quot;", "&apos;", "&amp;", "&lt;", "&gt;"})
    void aStyleMayHoldTheReferencesThatStandForMarkupCharacters(String reference) {
        String html = page("<p>a</p><svg><rect style=\"font-family: " + reference + "A" + reference + "\"/></svg><p>b</p>");

        assertThat(strip(html).text()).isEqualTo(page("<p>a</p><p>b</p>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"&qu;", "&amp", "&lt", "&apos", "&", "&#38;", "&gtx;"})
    void aStyleWithAnyOtherAmpersandIsLeftForTheParser(String reference) {
        String html = page("<svg><rect style=\"font-family: A" + reference + "\"/></svg><p>b</p>");

        assertThat(strip(html).text()).isEqualTo(html);
    }

    @Test
    void eachPageIsReadFromItsOwnCharactersNotFromThoseTheLastPageLeftInTheThreadsArray() {
        String plain = page("<p>a</p><svg viewBox=\"0 0 1 1\"><path d=\"M0,0h1\"/></svg><p>b</p>");
        String loading = plain.replace("<path d=\"M0,0h1\"/>", "<image href=\"h:/x\"/>");
        String cut = plain.substring(0, plain.indexOf("</svg>"));

        assertThat(strip(plain).text()).isEqualTo(page("<p>a</p><p>b</p>"));
        assertThat(strip(loading).text()).isEqualTo(loading);
        assertThat(strip(plain).text()).isEqualTo(page("<p>a</p><p>b</p>"));
        assertThat(strip(cut).text()).isEqualTo(cut);
    }

    @Test
    void aDrawingInsideAnotherSvgIsTakenOutOfIt() {
        String nested = page("<svg id=\"outer\"><image href=\"https://tiles.example/1.png\"/><svg id=\"inner\"><rect/></svg></svg>");

        PlainBlocks.Stripped stripped = strip(nested);

        assertThat(stripped.text()).isEqualTo(page("<svg id=\"outer\"><image href=\"https://tiles.example/1.png\"/></svg>"));
        assertThat(stripped.ids()).containsExactly("inner");
    }

    @Test
    void textThatCouldEndACommentOrReachAStyleSheetKeepsItsSvg() {
        String commented = page("<!-- <svg> --><img src=\"https://cdn.example/a.png\"><svg></svg>");
        String styled = page("<style>/*<svg>*/ body { background: url(https://cdn.example/bg.png) } /*</svg>*/</style>");

        assertThat(strip(commented).text())
                .isEqualTo(page("<!-- <svg> --><img src=\"https://cdn.example/a.png\">"));
        assertThat(strip(styled).text()).isEqualTo(styled);
    }

    @Test
    void tablesOfFiguresAreTakenOutAndTheirIdsKept() {
        String figures = "<table class=\"data\" id=\"t1\"><caption>各校指标 <small>2024</small></caption>"
                + "<thead><tr><th scope=\"col\">指标</th><th scope=\"col\" colspan=\"2\">数值</th></tr></thead>"
                + "<tbody><tr><th scope=\"row\">生均&nbsp;面积</th><td>4.5<br>4.6<br/></td>"
                + "<td><span class=\"tag\" aria-label=\"未达标\">✗</span></td></tr></tbody></table>";
        String html = page("<h2 id=\"h\">表</h2>" + figures + "<p><a href=\"#t1\">表</a></p>");

        PlainBlocks.Stripped stripped = strip(html);

        assertThat(stripped.text()).isEqualTo(page("<h2 id=\"h\">表</h2><p><a href=\"#t1\">表</a></p>"));
        Set<String> ids = new HashSet<>(parsedIds(stripped.text()));
        ids.addAll(stripped.ids());
        assertThat(ids).isEqualTo(parsedIds(html)).contains("t1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<table><tr><td><a href=\"missing.html\">学校</a></td></tr></table>",
            "<table><tr><td><img src=\"https://cdn.example/a.png\"></td></tr></table>",
            "<table><tr><td style=\"background: url(https://cdn.example/a.png)\">x</td></tr></table>",
            "<table><tr><td>url(https://cdn.example/a.png)</td></tr></table>",
            "<table><tr><td><form action=\"https://collect.example/\"></form></td></tr></table>",
            "<table><tr><td>x</td></table>",
            "<table><tr><td/>x</tr></table>",
            "<table><tr><TD>x</TD></tr></table>",
            "<table><tr><td hidden>x</td></tr></table>",
            "<table><tr><td>x</td></tr><!-- note --></table>",
            "<table><tr><td>x</br></td></tr></table>",
            "<table><tr><td>x</td></tr>"
    })
    void aTableWithAnythingTheScanLooksForOrAParserCouldReadOtherwiseIsLeftForTheParser(String table) {
        String html = page(table + "<p>after</p>");

        assertThat(strip(html).text()).isEqualTo(html);
    }

    @Test
    void aChartInsideATableWithALinkIsTakenOutOfTheTableThatIsLeftForTheParser() {
        String chart = "<svg id=\"c\"><rect/></svg>";
        String html = page("<table><tr><td><a href=\"a.html\">甲</a></td><td>" + chart + "</td></tr></table>"
                + "<table><tr><td>1</td></tr></table>");

        PlainBlocks.Stripped stripped = strip(html);

        assertThat(stripped.text()).isEqualTo(page("<table><tr><td><a href=\"a.html\">甲</a></td><td></td></tr></table>"));
        assertThat(stripped.ids()).containsExactly("c");
    }

    @Test
    void idsOutsideAsciiAreKeptAsTheyAreWritten() {
        String html = page("<p>前</p><svg id=\"图表-一\"><rect/></svg><table id=\"表格·二\"><tr><td>值</td></tr></table><p>后</p>");

        PlainBlocks.Stripped stripped = strip(html);

        assertThat(stripped.text()).isEqualTo(page("<p>前</p><p>后</p>"));
        assertThat(stripped.ids()).containsExactly("图表-一", "表格·二");
    }

    @Test
    void bytesThatAreNotUtf8OnEitherSideOfABlockNeverJoinIntoACharacter() {
        // E5 9D before the block and 80 after it would be 址 (U+5740) if the text left were decoded as one
        byte[] before = {'<', 'p', '>', 'a', (byte) 0xE5, (byte) 0x9D};
        byte[] block = "<svg id=\"c\"><rect/></svg>".getBytes(StandardCharsets.UTF_8);
        byte[] after = {(byte) 0x80, 'b', '<', '/', 'p', '>'};
        byte[] page = new byte[before.length + block.length + after.length];
        System.arraycopy(before, 0, page, 0, before.length);
        System.arraycopy(block, 0, page, before.length, block.length);
        System.arraycopy(after, 0, page, before.length + block.length, after.length);

        PlainBlocks.Stripped stripped = PlainBlocks.strip(page, page.length);

        assertThat(stripped.text()).isEqualTo(new String(before, StandardCharsets.UTF_8)
                + new String(after, StandardCharsets.UTF_8)).doesNotContain("址");
        assertThat(stripped.ids()).containsExactly("c");
    }

    @Test
    void onlyTheGivenLengthOfTheBytesIsThePage() {
        byte[] bytes = (page("<p>页</p>") + "<p>earlier page's tail</p>").getBytes(StandardCharsets.UTF_8);
        int length = page("<p>页</p>").getBytes(StandardCharsets.UTF_8).length;

        assertThat(PlainBlocks.strip(bytes, length).text()).isEqualTo(page("<p>页</p>"));
    }
}
