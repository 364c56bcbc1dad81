package org.junheng.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void eachGroupHoldsItsItemsInTheOrderTheyCame() {
        Map<Character, List<String>> byInitial = Groups.by(List.of("杭州", "北京", "杭城", "北海", "上海"),
                name -> name.charAt(0));

        assertEquals(Map.of('杭', List.of("杭州", "杭城"), '北', List.of("北京", "北海"), '上', List.of("上海")),
                byInitial);
    }

    @Test
    void theGroupsCannotBeChangedAndNoItemsMeansNoGroups() {
        Map<Integer, List<String>> byLength = Groups.by(List.of("a", "bb"), String::length);

        assertThrows(UnsupportedOperationException.class, () -> byLength.get(1).add("c"));
        assertEquals(Map.of(), Groups.by(List.<String>of(), String::length));
    }

    @Test
    void anItemOfSeveralKeysIsInEachOfTheirGroupsAndOneOfNoneInNone() {
        Map<String, List<String>> byMember = Groups.byEach(List.of("甲乙", "乙丙", "丁"),
                team -> team.equals("丁") ? Stream.empty() : team.chars().mapToObj(Character::toString));

        assertEquals(Map.of("甲", List.of("甲乙"), "乙", List.of("甲乙", "乙丙"), "丙", List.of("乙丙")), byMember);
    }
}
