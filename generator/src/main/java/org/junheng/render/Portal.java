package org.junheng.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junheng.content.County;
import org.junheng.content.School;

/**
 * Whether a site is a portal of several counties, and under which county's pages a school is
 * listed there: the question every page that lists schools, zones, plans, projects or partnerships
 * asks, answered in one place. A one-county site has its county's pages at the top.
 */
final class Portal {

    private final List<County> counties;
    private final Map<String, County> byCode;
    private final Map<String, School> schools;

    /** @param schools the registry by school code */
    Portal(List<County> counties, Map<String, School> schools) {
        this.counties = List.copyOf(counties);
        this.byCode = counties.stream().collect(Collectors.toMap(County::code, Function.identity()));
        this.schools = schools;
    }

    /** True for a city, province or national portal: several counties, each with pages of its own. */
    static boolean several(List<County> counties) {
        return counties.size() > 1;
    }

    boolean several() {
        return several(counties);
    }

    /** Where {@code county}'s own pages live (see {@link CountyPaths#prefix}). */
    String prefix(County county) {
        return CountyPaths.prefix(county, counties);
    }

    /** The county whose pages list the school on a portal; none on a one-county site or for a school not in the registry. */
    Optional<County> countyOf(String schoolCode) {
        if (!several()) {
            return Optional.empty();
        }
        return Optional.ofNullable(schools.get(schoolCode)).map(school -> byCode.get(school.countyCode()));
    }

    /** The site-relative {@code page} that lists what a school has: its county's on a portal, the site's otherwise. */
    String pageOf(String schoolCode, String page) {
        return countyOf(schoolCode).map(this::prefix).orElse("") + page;
    }
}
