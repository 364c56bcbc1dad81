package org.junheng.render;

import java.util.List;

/** A titled list of schools (a town, or a school type within a town). */
public record SchoolGroup(String title, String anchor, List<SchoolListing> schools, List<SchoolGroup> groups) {

    public SchoolGroup {
        schools = List.copyOf(schools);
        groups = List.copyOf(groups);
    }

    public int count() {
        return schools.size() + groups.stream().mapToInt(SchoolGroup::count).sum();
    }
}
