package org.junheng.indicators;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Texts written out only when read, each time it is read. A county's verdict names every failing
 * school part with all its reasons, once for the resource part and again for the whole verdict;
 * written out at once, these were a seventh of the strings a 10,000-school build held. Immutable.
 */
final class ComposedTexts extends AbstractList<Text> implements RandomAccess {

    private final List<Supplier<Text>> texts;

    ComposedTexts(List<Supplier<Text>> texts) {
        this.texts = List.copyOf(texts);
    }

    /** Adds to {@code to} each of {@code texts} after {@code prefix} (see {@link Text#prefixed}), made when read. */
    static void addPrefixed(List<Supplier<Text>> to, List<Text> texts, Text prefix) {
        for (int i = 0; i < texts.size(); i++) {
            int index = i;
            to.add(() -> texts.get(index).prefixed(prefix));
        }
    }

    /** {@code texts} as an immutable list: these texts themselves, or a copy of any other list. */
    static List<Text> immutable(List<Text> texts) {
        return texts instanceof ComposedTexts ? texts : List.copyOf(texts);
    }

    @Override
    public Text get(int index) {
        return texts.get(index).get();
    }

    @Override
    public int size() {
        return texts.size();
    }
}
