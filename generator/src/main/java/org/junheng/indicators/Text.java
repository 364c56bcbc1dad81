package org.junheng.indicators;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A short text in Chinese (the portal's language) and English (for the English pages and logs).
 *
 * <p>Texts made by {@link #of}, {@link #join} and {@link #prefixed} share one copy of each
 * distinct text for as long as any is in use. The assessment writes the same reasons and rules
 * for thousands of schools ("only 5 of 7 indicators met, fewer than 6", a standard's wording for
 * every county and year): at 10,000 schools the copies were 18 of the 33 MB of strings a build
 * held twice while rendering.
 */
public record Text(String zh, String en) {

    /** Each shared text, held only as long as something else holds it; in stripes, so that threads seldom wait. */
    private static final List<Map<Text, WeakReference<Text>>> SHARED = IntStream.range(0, 16)
            .<Map<Text, WeakReference<Text>>>mapToObj(stripe -> new WeakHashMap<>()).toList();

    public static Text of(String zh, String en) {
        return shared(new Text(zh, en));
    }

    /** Joins texts with the punctuation each language expects. */
    public static Text join(List<Text> texts) {
        return of(texts.stream().map(Text::zh).collect(Collectors.joining("；")),
                texts.stream().map(Text::en).collect(Collectors.joining("; ")));
    }

    public Text prefixed(Text prefix) {
        return of(prefix.zh + "：" + zh, prefix.en + ": " + en);
    }

    private static Text shared(Text text) {
        Map<Text, WeakReference<Text>> stripe = SHARED.get(text.hashCode() & (SHARED.size() - 1));
        synchronized (stripe) {
            WeakReference<Text> kept = stripe.get(text);
            Text same = kept == null ? null : kept.get();
            if (same != null) {
                return same;
            }
            stripe.put(text, new WeakReference<>(text));
            return text;
        }
    }

    @Override
    public String toString() {
        return zh;
    }
}
