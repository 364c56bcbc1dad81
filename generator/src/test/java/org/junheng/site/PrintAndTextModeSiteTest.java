package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page's large-text switch and print stylesheet; a school's printed summary and its QR code. */
class PrintAndTextModeSiteTest {

    @TempDir
    Path temp;

    @Test
    void everyPageAppliesTheLargeTextModeBeforeItsStylesAndOffersTheSwitchOnlyWithItsScript() {
        TestSite site = TestSite.in(temp);
        site.build();

        for (String path : new String[] {"index.html", "schools/index.html", "schools/2199020001/index.html",
                "compare/index.html", "about/index.html"}) {
            Document page = site.html(path);
            Element head = page.head();
            Element mode = head.getElementById("text-mode");
            assertThat(mode).as(path).isNotNull();
            assertThat(mode.data()).contains("junheng-large-text", "large-text");
            // before the stylesheet, so the first paint is already large
            assertThat(mode.elementSiblingIndex())
                    .isLessThan(head.selectFirst("link[rel=stylesheet]").elementSiblingIndex());
            assertThat(head.select("link[rel=stylesheet][media=print]").eachAttr("href"))
                    .containsExactly(head.selectFirst("link[rel=stylesheet]").attr("href").replace("site.css", "print.css"));
            assertThat(head.selectFirst("script[src$=assets/js/site.js]").hasAttr("defer")).isTrue();
            Element toggle = page.getElementById("text-toggle");
            assertThat(toggle.tagName()).isEqualTo("button");
            assertThat(toggle.attr("type")).isEqualTo("button");
            assertThat(toggle.attr("aria-pressed")).isEqualTo("false");
            assertThat(toggle.hasAttr("hidden")).as("shown by its script").isTrue();
            assertThat(toggle.text()).isEqualTo("大字模式");
        }
        assertThat(site.file("assets/js/site.js")).contains("junheng-large-text", "text-toggle", "aria-pressed");
        assertThat(site.file("assets/css/site.css")).contains("html.large-text", "prefers-contrast: more",
                "forced-colors: active");
        assertThat(site.file("assets/css/print.css")).contains(".print-skip", ".print-only");
    }

    @Test
    void aSchoolPrintsAsASummaryWithAQrCodeOfItsAddress() throws Exception {
        TestSite site = TestSite.in(temp);
        site.build();
        Document page = site.html("schools/2199020001/index.html");

        Element qr = page.selectFirst("figure.print-qr.print-only svg.qr-code");
        assertThat(qr).isNotNull();
        assertThat(qr.attr("role")).isEqualTo("img");
        assertThat(qr.attr("aria-label")).contains("https://example.gov.cn/test/schools/2199020001/");
        assertThat(decode(qr)).isEqualTo("https://example.gov.cn/test/schools/2199020001/");
        assertThat(page.selectFirst("figure.print-qr figcaption").text())
                .contains("https://example.gov.cn/test/schools/2199020001/");
        // the summary: facts and indicators print; figures, trends, documents and links stay on screen
        assertThat(page.selectFirst("section:has(#facts)").hasClass("print-skip")).isFalse();
        assertThat(page.selectFirst("section:has(#figures)").hasClass("print-skip")).isTrue();
        assertThat(page.selectFirst("section:has(#trend)").hasClass("print-skip")).isTrue();

        TestSite other = TestSite.in(temp.resolve("other"));
        other.build();
        assertThat(other.file("schools/2199020001/index.html")).as("the same address, the same bytes")
                .isEqualTo(site.file("schools/2199020001/index.html"));
    }

    @Test
    void aSiteWithoutAnAbsoluteAddressPrintsNoQrCode() {
        TestSite site = TestSite.in(temp, "-- site-config.yml --\n"
                + TestSite.CONFIG.replace("base_url: https://example.gov.cn/test/\n", ""));
        site.build();

        assertThat(site.html("schools/2199020001/index.html").select(".print-qr, svg.qr-code")).isEmpty();
    }

    /**
     * Paints the SVG's path into a bitmap as a browser strokes it (absolute and relative moves, then
     * horizontal lines as wide as the path's stroke, centred on their row) and reads it with ZXing.
     */
    static String decode(Element svg) throws Exception {
        int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Element path = svg.selectFirst("path");
        assertThat(path.attr("fill")).isEqualTo("none");
        assertThat(path.attr("stroke")).isEqualTo("#000");
        double half = Double.parseDouble(path.attr("stroke-width")) / 2;
        Matcher command = Pattern.compile("([Mmh])(-?[\\d.]+)(?:,(-?[\\d.]+))?").matcher(path.attr("d"));
        double x = 0;
        double y = 0;
        int runs = 0;
        int read = 0;
        while (command.find()) {
            assertThat(command.start()).as("nothing but moves and horizontal lines").isEqualTo(read);
            read = command.end();
            double first = Double.parseDouble(command.group(2));
            switch (command.group(1)) {
                case "M" -> {
                    x = first;
                    y = Double.parseDouble(command.group(3));
                }
                case "m" -> {
                    x += first;
                    y += Double.parseDouble(command.group(3));
                }
                default -> {
                    runs++;
                    for (int py = (int) Math.round((y - half) * scale); py < Math.round((y + half) * scale); py++) {
                        for (int px = (int) Math.round(x * scale); px < Math.round((x + first) * scale); px++) {
                            pixels[py * size * scale + px] = 0xFF000000;
                        }
                    }
                    x += first;
                }
            }
        }
        assertThat(read).isEqualTo(path.attr("d").length());
        assertThat(runs).isGreaterThan(0);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
