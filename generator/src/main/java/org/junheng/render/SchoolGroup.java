package org.junheng.render;

import java.util.List;

/** A titled list of schools: a town, by its name, or a school type within a town, by its key. */
public record SchoolGroup(String name, String title, String anchor, List<SchoolListing> schools,
                          List<SchoolGroup> groups) {

    public SchoolGroup {
        schools = List.copyOf(schools);
        groups = List.copyOf(groups);
    }

    public int count() {
        return schools.size() + groups.stream().mapToInt(SchoolGroup::count).sum();
    }
}
