package org.junheng.render;

import java.util.regex.Pattern;

/**
 * Chinese text inside English pages (school and town names, document titles, values only given in
 * Chinese) must carry {@code lang="zh-CN"} so screen readers switch voice (WCAG 3.1.2). View code
 * marks such a run with two private-use characters; once the page is rendered, each marked run in
 * the text becomes a {@code <span lang="zh-CN">}, and the marks are dropped wherever markup cannot
 * go (inside a tag's attributes, {@code <title>}, {@code <option>}, scripts and SVG).
 */
public final class ChineseRuns {

    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern RUN = Pattern.compile(
            "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]([\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF0-9.%·\\s]*[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])?");
    /** The first character either pattern can match: the CJK radicals come first of the Han blocks. */
    private static final char FIRST_CHINESE = '\u2E80';
    private static final String[] RAW_ELEMENTS = {"title", "option", "script", "style", "textarea", "svg"};

    private ChineseRuns() {
    }

    /** {@code text} marked as Chinese when it holds any Chinese character; otherwise as it is. */
    public static String mark(String text) {
        if (text == null || text.isEmpty() || !hasChinese(text) || text.indexOf(OPEN) >= 0) {
            return text;
        }
        return OPEN + text + CLOSE;
    }

    /**
     * An English text that quotes Chinese (a school's name, a value the county reported) with each
     * Chinese run marked; brackets and separators between Chinese characters belong to the run.
     */
    public static String markRuns(String text) {
        if (text == null || text.indexOf(OPEN) >= 0 || allBelowChinese(text)) {
            return text;
        }
        return RUN.matcher(text).replaceAll(run -> OPEN + java.util.regex.Matcher.quoteReplacement(run.group()) + CLOSE);
    }

    /** True when {@code text} holds a Chinese character or a full-width punctuation mark. */
    public static boolean hasChinese(String text) {
        return !allBelowChinese(text) && HAN.matcher(text).find();
    }

    /** True when every character comes before the CJK blocks: most English text, told apart without a regex. */
    private static boolean allBelowChinese(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_CHINESE) {
                return false;
            }
        }
        return true;
    }

    /** The rendered page with every marked run in text turned into a span and every other mark removed. */
    static String resolve(String html) {
        if (html.indexOf(OPEN) < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        boolean inTag = false;
        String rawElement = null;
        int copied = 0; // the page is copied a stretch at a time, from one mark to the next
        int length = html.length();
        for (int i = 0; i < length; i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
                if (rawElement == null) {
                    rawElement = opensRawElement(html, i);
                } else if (html.startsWith("</", i) && html.startsWith(rawElement, i + 2)) {
                    rawElement = null;
                }
            } else if (c == '>') {
                inTag = false;
            } else if (c == OPEN || c == CLOSE) {
                out.append(html, copied, i);
                copied = i + 1;
                if (!inTag && rawElement == null) {
                    out.append(c == OPEN ? "<span lang=\"zh-CN\">" : "</span>");
                }
            }
        }
        return out.append(html, copied, length).toString();
    }

    private static String opensRawElement(String html, int at) {
        for (String name : RAW_ELEMENTS) {
            int end = at + 1 + name.length();
            if (html.startsWith(name, at + 1) && end < html.length()
                    && (html.charAt(end) == '>' || Character.isWhitespace(html.charAt(end)))) {
                return name;
            }
        }
        return null;
    }
}
