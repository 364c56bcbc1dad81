package org.junheng.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code style='…'} attributes of a drawing, in order, each with the index of its style among
 * the distinct ones, which are numbered in the order they are first used. A chart has a couple of
 * hundred style attributes and a dozen or so distinct styles: each style is made a string once, not
 * once for every element that has it, which was a tenth of what drawing a chart allocated.
 */
final class SvgStyles {

    private static final String STYLE = " style='";

    private final String svg;
    /** Per attribute: where it starts (its leading space), where it ends (past its closing quote), its style. */
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] styleOf = new int[256];
    private int attributes;
    /** Per distinct style: where its value first stands in the drawing, how often it is used, and its text. */
    private int[] firstValueStarts = new int[16];
    private int[] firstValueEnds = new int[16];
    private int[] uses = new int[16];
    private final List<String> styles = new ArrayList<>();
    /** Open addressing by the value's hash: each slot the index of a distinct style plus one, or 0 if free. */
    private int[] slots = new int[64];

    private SvgStyles(String svg) {
        this.svg = svg;
    }

    /** Every style attribute of {@code svg}, found without a regex and without copying a value out twice. */
    static SvgStyles of(String svg) {
        SvgStyles found = new SvgStyles(svg);
        for (int start = svg.indexOf(STYLE); start >= 0; start = svg.indexOf(STYLE, start + 1)) {
            int value = start + STYLE.length();
            int close = svg.indexOf('\'', value);
            if (close < 0) {
                break;
            }
            found.add(start, close + 1, found.styleAt(value, close));
            start = close;
        }
        return found;
    }

    int attributes() {
        return attributes;
    }

    int start(int attribute) {
        return starts[attribute];
    }

    int end(int attribute) {
        return ends[attribute];
    }

    /** The index of the attribute's style among {@link #distinct()}. */
    int styleOf(int attribute) {
        return styleOf[attribute];
    }

    int distinct() {
        return styles.size();
    }

    String style(int style) {
        return styles.get(style);
    }

    /** How many attributes have the style. */
    int uses(int style) {
        return uses[style];
    }

    private void add(int start, int end, int style) {
        if (attributes == starts.length) {
            starts = Arrays.copyOf(starts, attributes * 2);
            ends = Arrays.copyOf(ends, attributes * 2);
            styleOf = Arrays.copyOf(styleOf, attributes * 2);
        }
        starts[attributes] = start;
        ends[attributes] = end;
        styleOf[attributes] = style;
        attributes++;
        uses[style]++;
    }

    /** The index of the style whose value stands from {@code from} to {@code to}, a new one if it is the first use. */
    private int styleAt(int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + svg.charAt(i);
        }
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int style = slots[slot] - 1;
            if (style < 0) {
                style = newStyle(from, to);
                slots[slot] = style + 1;
                if (styles.size() * 2 > slots.length) {
                    rehash();
                }
                return style;
            }
            int length = firstValueEnds[style] - firstValueStarts[style];
            if (length == to - from && svg.regionMatches(from, svg, firstValueStarts[style], length)) {
                return style;
            }
        }
    }

    private int newStyle(int from, int to) {
        int style = styles.size();
        if (style == uses.length) {
            firstValueStarts = Arrays.copyOf(firstValueStarts, style * 2);
            firstValueEnds = Arrays.copyOf(firstValueEnds, style * 2);
            uses = Arrays.copyOf(uses, style * 2);
        }
        firstValueStarts[style] = from;
        firstValueEnds[style] = to;
        styles.add(svg.substring(from, to));
        return style;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int style = 0; style < styles.size(); style++) {
            int slot = styles.get(style).hashCode() & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = style + 1;
        }
    }
}
