package org.junheng.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junheng.content.Zone;

/**
 * What changed in the enrollment zones from one year to the next: areas added, areas removed,
 * and areas whose school changed (moved). An area is the same from year to year when its
 * stage, town, name and house-number range are the same.
 */
public final class ZoneChanges {

    private ZoneChanges() {
    }

    public static List<ZoneChange> between(List<Zone> previous, List<Zone> current) {
        Map<Zone.ZoneKey, SortedSet<String>> before = schoolsByArea(previous);
        Map<Zone.ZoneKey, SortedSet<String>> after = schoolsByArea(current);
        TreeMap<Zone.ZoneKey, ZoneChange> changes = new TreeMap<>();
        after.forEach((key, schools) -> {
            SortedSet<String> old = before.get(key);
            if (old == null) {
                changes.put(key, new ZoneChange(ZoneChange.Kind.ADDED, key, new TreeSet<>(), schools));
            } else if (!old.equals(schools)) {
                changes.put(key, new ZoneChange(ZoneChange.Kind.MOVED, key, old, schools));
            }
        });
        before.forEach((key, schools) -> {
            if (!after.containsKey(key)) {
                changes.put(key, new ZoneChange(ZoneChange.Kind.REMOVED, key, schools, new TreeSet<>()));
            }
        });
        return new ArrayList<>(changes.values());
    }

    /** The changes that concern one school: it gained or lost the area. */
    public static List<ZoneChange> forSchool(List<ZoneChange> changes, String schoolCode) {
        return changes.stream().filter(c -> c.before().contains(schoolCode) != c.after().contains(schoolCode))
                .toList();
    }

    private static Map<Zone.ZoneKey, SortedSet<String>> schoolsByArea(List<Zone> zones) {
        Map<Zone.ZoneKey, SortedSet<String>> byArea = new TreeMap<>();
        for (Zone zone : zones) {
            byArea.computeIfAbsent(zone.key(), k -> new TreeSet<>()).add(zone.schoolCode());
        }
        return byArea;
    }
}
