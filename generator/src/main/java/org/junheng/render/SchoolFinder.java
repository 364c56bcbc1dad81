package org.junheng.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junheng.content.Content;
import org.junheng.content.EnrollmentYear;
import org.junheng.content.Locality;
import org.junheng.content.Ownership;
import org.junheng.content.School;
import org.junheng.content.Stage;

/**
 * The search keys and filter choices of the school list: names and aliases with their pinyin,
 * the compulsory stages a school teaches, its town, locality, ownership and the communities of
 * its enrollment zone in the newest year that has zones.
 */
final class SchoolFinder {

    private final PageFactory pages;
    private final PinyinIndex pinyin;
    /** Each school's communities, in Chinese order, joined by spaces (see {@link #communities}). */
    private final Map<String, String> communities;

    SchoolFinder(PageFactory pages, Map<String, String> communities, PinyinIndex pinyin) {
        this.pages = pages;
        this.communities = communities;
        this.pinyin = pinyin;
    }

    /**
     * Each school's communities in the newest year that has zones, in Chinese order, joined by
     * spaces: the same in both languages, so made once for both school lists.
     */
    static Map<String, String> communities(Content content) {
        ChineseOrder order = new ChineseOrder();
        Map<String, SortedSet<String>> areas = new HashMap<>();
        content.enrollment().stream().filter(year -> !year.zones().isEmpty()).reduce((older, newer) -> newer)
                .map(EnrollmentYear::zones).orElse(List.of())
                .forEach(zone -> areas.computeIfAbsent(zone.schoolCode(), code -> new TreeSet<>(order)).add(zone.area()));
        Map<String, String> communities = new HashMap<>();
        // schools of a town often share their communities: one string for them all
        Map<String, String> joined = new HashMap<>();
        areas.forEach((code, names) -> communities.put(code, joined.computeIfAbsent(String.join(" ", names), j -> j)));
        return Map.copyOf(communities);
    }

    FinderKeys keys(School school) {
        List<String> names = Stream.concat(Stream.of(school.name()), school.aliases().stream()).distinct().toList();
        return new FinderKeys(String.join("|", names.subList(1, names.size())),
                names.stream().map(name -> String.join(" ", pinyin.syllables(name))).collect(Collectors.joining("|")),
                stages(school).stream().map(Stage::key).collect(Collectors.joining(" ")),
                key(school.locality()), key(school.ownership()),
                communities.getOrDefault(school.code(), ""));
    }

    List<FilterOption> stages(List<School> listed) {
        Set<Stage> present = EnumSet.noneOf(Stage.class);
        listed.forEach(school -> present.addAll(stages(school)));
        return present.stream().map(stage -> new FilterOption(stage.key(), pages.stage(stage))).toList();
    }

    List<FilterOption> towns(List<School> listed) {
        return listed.stream().map(School::town).distinct().sorted(new ChineseOrder())
                // a drop-down's options cannot mark a language: English pages name towns in pinyin
                .map(town -> new FilterOption(town, pages.romanised(town))).toList();
    }

    List<FilterOption> localities(List<School> listed) {
        return listed.stream().map(School::locality).distinct().sorted()
                .map(locality -> new FilterOption(key(locality), pages.locality(locality))).toList();
    }

    List<FilterOption> ownerships(List<School> listed) {
        return listed.stream().map(School::ownership).distinct().sorted()
                .map(ownership -> new FilterOption(key(ownership), pages.ownership(ownership))).toList();
    }

    private static List<Stage> stages(School school) {
        List<Stage> stages = new ArrayList<>(school.type().stages());
        stages.removeIf(stage -> !stage.isCompulsory());
        stages.sort(Comparator.naturalOrder());
        return stages;
    }

    private static String key(Locality locality) {
        return locality.name().toLowerCase(Locale.ROOT);
    }

    private static String key(Ownership ownership) {
        return ownership.name().toLowerCase(Locale.ROOT);
    }
}
