package org.junheng.indicators;

import java.util.SortedSet;
import org.junheng.content.Zone;

/** One area's change between two years: the schools that admitted from it before and after. */
public record ZoneChange(Kind kind, Zone.ZoneKey area, SortedSet<String> before, SortedSet<String> after) {

    public enum Kind { ADDED, REMOVED, MOVED }

    public ZoneChange {
        before = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(before));
        after = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(after));
    }

    /** The area as a parent reads it. */
    public String label() {
        return area.range().isEmpty() ? area.area() : area.area() + "（" + area.range() + "）";
    }
}
