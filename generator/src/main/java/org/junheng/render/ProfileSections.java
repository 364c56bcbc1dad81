package org.junheng.render;

import java.util.Map;
import org.junheng.content.School;

/**
 * Extra sections a school profile shows (indicators, projects…), supplied by the stages that compute them.
 * A section may read the school, its own county's content and results, and site-wide content and
 * settings, but nothing that belongs to another county alone: profiles are keyed by what those
 * can read (see {@link CountyScopes}).
 */
@FunctionalInterface
public interface ProfileSections {

    ProfileSections NONE = school -> Map.of();

    Map<String, Object> forSchool(School school);

    /** These sections followed by {@code other}'s; on a clash of names, {@code other} wins. */
    default ProfileSections and(ProfileSections other) {
        return school -> {
            Map<String, Object> both = new java.util.LinkedHashMap<>(forSchool(school));
            both.putAll(other.forSchool(school));
            return both;
        };
    }
}
