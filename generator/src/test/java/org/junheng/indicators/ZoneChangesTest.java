package org.junheng.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junheng.content.SourceLocation;
import org.junheng.content.Stage;
import org.junheng.content.Zone;
import org.junit.jupiter.api.Test;

class ZoneChangesTest {

    private static Zone zone(String school, String area, String range) {
        return new Zone(school, Stage.PRIMARY, "青阳街道", area, Optional.ofNullable(range), Optional.empty(),
                SourceLocation.file("zones.csv"));
    }

    @Test
    void findsAreasAddedRemovedAndMovedBetweenSchools() {
        List<Zone> last = List.of(zone("A", "文昌社区", null), zone("A", "锦城名苑", null), zone("B", "下坪村", null));
        List<Zone> now = List.of(zone("A", "文昌社区", null), zone("C", "锦城名苑", null), zone("C", "北辰佳苑", null));

        List<ZoneChange> changes = ZoneChanges.between(last, now);

        assertThat(changes).extracting(ZoneChange::kind, ZoneChange::label, c -> c.before().toString(),
                c -> c.after().toString()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.MOVED, "锦城名苑", "[A]", "[C]"),
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.REMOVED, "下坪村", "[B]", "[]"),
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.ADDED, "北辰佳苑", "[]", "[C]"));
    }

    @Test
    void aHouseNumberRangeMakesADifferentArea() {
        List<ZoneChange> changes = ZoneChanges.between(List.of(zone("A", "湖心社区", null)),
                List.of(zone("A", "湖心社区", "湖心路以北"), zone("B", "湖心社区", "湖心路以南")));

        assertThat(changes).extracting(ZoneChange::kind, ZoneChange::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.REMOVED, "湖心社区"),
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.ADDED, "湖心社区（湖心路以北）"),
                org.assertj.core.groups.Tuple.tuple(ZoneChange.Kind.ADDED, "湖心社区（湖心路以南）"));
    }

    @Test
    void aSchoolSeesOnlyTheAreasItGainedOrLost() {
        List<ZoneChange> changes = ZoneChanges.between(
                List.of(zone("A", "文昌社区", null), zone("A", "锦城名苑", null)),
                List.of(zone("A", "文昌社区", null), zone("A", "锦城名苑", null), zone("B", "锦城名苑", null),
                        zone("B", "北辰佳苑", null)));

        assertThat(ZoneChanges.forSchool(changes, "A")).isEmpty();
        assertThat(ZoneChanges.forSchool(changes, "B")).extracting(ZoneChange::label)
                .containsExactly("北辰佳苑", "锦城名苑");
    }

    @Test
    void identicalYearsHaveNoChanges() {
        List<Zone> zones = List.of(zone("A", "文昌社区", null), zone("B", "府前社区", "府前路1—99号"));

        assertThat(ZoneChanges.between(zones, zones)).isEmpty();
    }
}
