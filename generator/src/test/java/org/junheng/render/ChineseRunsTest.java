package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Chinese runs in English pages: marked by view code, turned into spans only where markup may go. */
class ChineseRunsTest {

    private static final String NAME = ChineseRuns.mark("第一中学");

    @Test
    void aMarkedRunInTextBecomesASpanAndInAttributesTitlesAndChartsLosesItsMarks() {
        String html = "<title>" + NAME + " - Portal</title><a href=\"x/\" aria-label=\"" + NAME + "\">" + NAME
                + " (Diyi Zhongxue)</a><option value=\"1\">" + NAME + "</option><svg><text>" + NAME
                + "</text></svg><p>" + NAME + "</p>";

        assertThat(resolved(html)).isEqualTo("<title>第一中学 - Portal</title><a href=\"x/\" "
                + "aria-label=\"第一中学\"><span lang=\"zh-CN\">第一中学</span> (Diyi Zhongxue)</a>"
                + "<option value=\"1\">第一中学</option><svg><text>第一中学</text></svg>"
                + "<p><span lang=\"zh-CN\">第一中学</span></p>");
    }

    @Test
    void marksAfterAChartOrInsideItsTextAreTreatedByWhereTheyStand() {
        String html = "<p>" + NAME + "</p><svg viewBox=\"0 0 1 1\"><title>" + NAME + "</title><g><text>" + NAME
                + "</text></g></svg><ul><li class=\"" + NAME + "\">" + NAME + "</li><li>" + NAME + "</li></ul>"
                + "<textarea>" + NAME + "</textarea>" + NAME;

        assertThat(resolved(html)).isEqualTo("<p><span lang=\"zh-CN\">第一中学</span></p>"
                + "<svg viewBox=\"0 0 1 1\"><title>第一中学</title><g><text>第一中学</text></g></svg>"
                + "<ul><li class=\"第一中学\"><span lang=\"zh-CN\">第一中学</span></li>"
                + "<li><span lang=\"zh-CN\">第一中学</span></li></ul><textarea>第一中学</textarea>"
                + "<span lang=\"zh-CN\">第一中学</span>");
    }

    @Test
    void textWithoutChineseIsNotMarkedAndEnglishQuotingChineseHasEachRunMarked() {
        assertThat(ChineseRuns.mark("Qinglan County")).isEqualTo("Qinglan County");
        assertThat(resolved("<p>" + ChineseRuns.markRuns("a 教学点 with 14 students; 优秀 or 良好") + "</p>"))
                .isEqualTo("<p>a <span lang=\"zh-CN\">教学点</span> with 14 students; <span lang=\"zh-CN\">优秀</span>"
                        + " or <span lang=\"zh-CN\">良好</span></p>");
    }

    @Test
    void schoolNamesAreFollowedByTheirPinyinInWords() {
        SchoolNames names = new SchoolNames(new PinyinIndex(Map.of("长冲", "chang chong")));

        assertThat(names.pinyin("青岚县第一中学")).isEqualTo("Qinglan Xian Diyi Zhongxue");
        assertThat(names.pinyin("长冲村小学")).isEqualTo("Changchong Cun Xiaoxue");
        assertThat(names.pinyin("河口镇九年一贯制学校")).isEqualTo("Hekou Zhen Jiunianyiguanzhi Xuexiao");
        assertThat(resolved("<h1>" + names.english("青岚县第一中学") + "</h1>"))
                .isEqualTo("<h1><span lang=\"zh-CN\">青岚县第一中学</span> (Qinglan Xian Diyi Zhongxue)</h1>");
    }

    private static String resolved(String html) {
        StringBuilder out = new StringBuilder();
        ChineseRuns.resolve(new StringBuilder(html), out);
        return out.toString();
    }
}
