package org.junheng.content;

import java.util.OptionalInt;

/** A school's enrollment plan for one stage and year: classes and places. */
public record EnrollmentPlan(String schoolCode, Stage stage, OptionalInt classes, int places, SourceLocation source) {

    public EnrollmentPlan {
        schoolCode = Interned.of(schoolCode);
    }
}
