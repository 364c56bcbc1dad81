package org.junheng.publish;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A published row kept for later in one string and the end of each cell: a school's
 * {@code data.json} gathers rows from every year's tables, and at 10,000 schools these rows,
 * kept as lists of strings, were the largest thing the open-data stage held.
 */
final class PackedRow extends AbstractList<String> implements RandomAccess {

    private final String text;
    private final int[] ends;

    private PackedRow(String text, int[] ends) {
        this.text = text;
        this.ends = ends;
    }

    static PackedRow of(List<String> cells) {
        StringBuilder text = new StringBuilder();
        int[] ends = new int[cells.size()];
        for (int i = 0; i < ends.length; i++) {
            text.append(cells.get(i));
            ends[i] = text.length();
        }
        return new PackedRow(text.toString(), ends);
    }

    @Override
    public String get(int index) {
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
