package org.junheng.indicators;

import java.util.List;
import java.util.stream.Collectors;

/** A short text in Chinese (the portal's language) and English (for the English pages and logs). */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Joins texts with the punctuation each language expects. */
    public static Text join(List<Text> texts) {
        return new Text(texts.stream().map(Text::zh).collect(Collectors.joining("；")),
                texts.stream().map(Text::en).collect(Collectors.joining("; ")));
    }

    public Text prefixed(Text prefix) {
        return new Text(prefix.zh + "：" + zh, prefix.en + ": " + en);
    }

    @Override
    public String toString() {
        return zh;
    }
}
