package org.junheng.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * School names for English pages: the Chinese name stays (it is the school's name), followed by its
 * pinyin in words, as on road signs: 青岚县第一中学 (Qinglan Xian Diyi Zhongxue). Words are the
 * common parts of school names; what lies between them (the place name) is one word.
 */
final class SchoolNames {

    /** Longest first, so that 九年一贯制 is one word and not 九 + 年. */
    private static final List<String> WORDS = List.of(
            "九年一贯制", "十二年一贯制", "完全中学", "教学点", "实验", "中心", "小学", "中学", "初中", "高中",
            "学校", "附属", "分校", "校区", "民办", "公办", "外国语", "特殊教育", "职业", "第一", "第二", "第三",
            "第四", "第五", "第六", "第七", "第八", "第九", "第十", "街道", "社区", "县", "市", "区", "镇", "乡",
            "村", "路", "街");

    /** Far more than a county's schools, so that a county's pages find its names kept. */
    private static final int RECENT_NAMES = 4096;

    private final PinyinIndex pinyin;
    /** A name appears on many pages (its profile, its county's lists, charts and links): each is spelled once while it is in use. */
    private final RecentValues<String, String> english = new RecentValues<>(RECENT_NAMES);
    private final RecentValues<String, String> spelled = new RecentValues<>(RECENT_NAMES);

    SchoolNames(PinyinIndex pinyin) {
        this.pinyin = pinyin;
    }

    /** The name marked as Chinese, then its pinyin in brackets; a name without Chinese as it is. */
    String english(String name) {
        return english.get(name, chinese -> ChineseRuns.hasChinese(chinese)
                ? ChineseRuns.mark(chinese) + " (" + pinyin(chinese) + ")" : chinese);
    }

    /** The pinyin of the name in capitalised words. */
    String pinyin(String name) {
        return spelled.get(name, this::spell);
    }

    private String spell(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        outer:
        while (i < name.length()) {
            for (String word : WORDS) {
                if (name.startsWith(word, i)) {
                    addWord(words, run.toString());
                    run.setLength(0);
                    addWord(words, word);
                    i += word.length();
                    continue outer;
                }
            }
            run.append(name.charAt(i));
            i++;
        }
        addWord(words, run.toString());
        return String.join(" ", words);
    }

    private void addWord(List<String> words, String chinese) {
        if (chinese.isBlank()) {
            return;
        }
        String syllables = String.join("", pinyin.syllables(chinese));
        if (!syllables.isEmpty()) {
            words.add(syllables.substring(0, 1).toUpperCase(Locale.ROOT) + syllables.substring(1));
        }
    }
}
