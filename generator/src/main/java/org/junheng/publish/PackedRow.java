package org.junheng.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A published row kept for later as its cells' UTF-8 bytes in one array and the end of each cell:
 * a school's {@code data.json} gathers rows from every year's tables, and at 10,000 schools these
 * rows, kept as lists of strings, were the largest thing the open-data stage held. (One Chinese
 * character in a row would make a single string of it take two bytes for every digit.)
 */
final class PackedRow extends AbstractList<String> implements RandomAccess {

    private final byte[] utf8;
    private final int[] ends;

    private PackedRow(byte[] utf8, int[] ends) {
        this.utf8 = utf8;
        this.ends = ends;
    }

    static PackedRow of(List<String> cells) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        int[] ends = new int[cells.size()];
        for (int i = 0; i < ends.length; i++) {
            bytes.writeBytes(cells.get(i).getBytes(StandardCharsets.UTF_8));
            ends[i] = bytes.size();
        }
        return new PackedRow(bytes.toByteArray(), ends);
    }

    @Override
    public String get(int index) {
        int from = index == 0 ? 0 : ends[index - 1];
        return new String(utf8, from, ends[index] - from, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return ends.length;
    }
}
