package org.junheng.content;

/**
 * One shared copy of a text that many records hold: a school's code, which every table naming the
 * school reads again (the registry, each year's statistics, zones, plans, admissions), a county's
 * towns and zones' areas, and the item codes and keys of the county inputs. Each table shares the
 * repeats it reads itself (see {@link RepeatedCells}); across tables, a heap dump of a 10,000-school
 * build found about ten copies of each school's code and a third of the strings' bytes in copies.
 * Texts made from such records again and again (a standard's citation on every row of a table) share it too.
 */
public final class Interned {

    private Interned() {
    }

    /** {@code text}, or the JVM's one copy of it; null stays null. */
    public static String of(String text) {
        return text == null ? null : text.intern();
    }
}
