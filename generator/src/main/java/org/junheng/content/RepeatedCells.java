package org.junheng.content;

/**
 * Lets the cells of one table that repeat — a county's towns, a school's code on each of its zone
 * rows, 小学 and 初中 — share one string. It remembers one cell per slot of a hash, so a table of
 * unique cells costs it nothing more than its slots: a national site reads millions of repeats.
 */
final class RepeatedCells {

    private final String[] slots = new String[4096];

    /** {@code cell}, or an equal string seen before. */
    String shared(String cell) {
        int slot = cell.hashCode() & (slots.length - 1);
        String seen = slots[slot];
        if (cell.equals(seen)) {
            return seen;
        }
        slots[slot] = cell;
        return cell;
    }
}
