package org.junheng.indicators;

import java.util.Optional;

import org.junheng.content.School;
import org.junheng.content.Stage;

/** A school (or one stage of it) named in a result, with what was found: a failure, a gap in the data, a reason. */
public record SchoolFinding(School school, Optional<Stage> stage, Text detail) {

    static SchoolFinding of(School school, Text detail) {
        return new SchoolFinding(school, Optional.empty(), detail);
    }

    static SchoolFinding of(School school, Stage stage, Text detail) {
        return new SchoolFinding(school, Optional.of(stage), detail);
    }

    /** E.g. 青岚县第一中学（初中）. */
    public Text schoolName() {
        return name(school, stage);
    }

    static Text name(School school, Optional<Stage> stage) {
        String zh = school.name() + stage.map(s -> "（" + s.chinese() + "）").orElse("");
        String en = school.name() + stage.map(s -> " (" + s.english() + ")").orElse("");
        return Text.of(zh, en);
    }
}
