package org.junheng.render;

import com.github.promeg.pinyinhelper.Pinyin;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pinyin of place names for the zone lookup, computed at build time. The library reads each
 * character by its most common reading, which is wrong for some names (长冲 is chang chong, not
 * zhang chong), so a site's overrides — a word and its syllables — take precedence, longest first.
 */
final class PinyinIndex {

    private final List<Map.Entry<String, String[]>> overrides;

    PinyinIndex(Map<String, String> overrides) {
        this.overrides = overrides.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().strip().toLowerCase(Locale.ROOT).split("\\s+")))
                .sorted(Comparator.comparingInt((Map.Entry<String, String[]> e) -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    /** Syllables of {@code text}, lower case; letters and digits are kept as they are, other characters dropped. */
    List<String> syllables(String text) {
        List<String> syllables = new java.util.ArrayList<>();
        int i = 0;
        outer:
        while (i < text.length()) {
            for (Map.Entry<String, String[]> override : overrides) {
                if (text.startsWith(override.getKey(), i)) {
                    syllables.addAll(List.of(override.getValue()));
                    i += override.getKey().length();
                    continue outer;
                }
            }
            char c = text.charAt(i);
            if (Pinyin.isChinese(c)) {
                syllables.add(Pinyin.toPinyin(c).toLowerCase(Locale.ROOT));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                syllables.add(String.valueOf(Character.toLowerCase(c)));
            }
            i++;
        }
        return syllables;
    }

    /** Initials, e.g. 文昌社区 → wcsq. */
    String initials(String text) {
        StringBuilder initials = new StringBuilder();
        syllables(text).forEach(s -> initials.append(s.charAt(0)));
        return initials.toString();
    }

    /** Whole pinyin without spaces, e.g. 文昌社区 → wenchangshequ. */
    String full(String text) {
        return String.join("", syllables(text));
    }
}
