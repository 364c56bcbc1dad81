package org.junheng.check;

import java.util.HashMap;
import java.util.Map;
import org.junheng.content.Content;
import org.junheng.content.School;

/** Looking schools up by code in content that may still hold a duplicate code (reported by ReferenceRules). */
final class Schools {

    private Schools() {
    }

    /** Each code's first school in the registry. */
    static Map<String, School> byCode(Content content) {
        Map<String, School> schools = new HashMap<>();
        content.schools().forEach(school -> schools.putIfAbsent(school.code(), school));
        return schools;
    }
}
