package org.junheng.render;

import java.util.Map;
import org.junheng.content.School;

/** Extra sections a school profile shows (indicators, projects…), supplied by the stages that compute them. */
@FunctionalInterface
public interface ProfileSections {

    ProfileSections NONE = school -> Map.of();

    Map<String, Object> forSchool(School school);
}
