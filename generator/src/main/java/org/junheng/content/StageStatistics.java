package org.junheng.content;

import java.util.OptionalInt;

/** The figures a school reports for one of its stages. An empty value was not reported. */
public record StageStatistics(
        OptionalInt students,
        OptionalInt classes,
        OptionalInt largestClass,
        OptionalInt teachers,
        OptionalInt teachersAboveDegree,
        OptionalInt backboneTeachers,
        OptionalInt peTeachers,
        OptionalInt musicTeachers,
        OptionalInt artTeachers,
        OptionalInt midSeniorTitleTeachers) {

    public boolean isEmpty() {
        return students.isEmpty() && classes.isEmpty() && largestClass.isEmpty() && teachers.isEmpty()
                && teachersAboveDegree.isEmpty() && backboneTeachers.isEmpty() && peTeachers.isEmpty()
                && musicTeachers.isEmpty() && artTeachers.isEmpty() && midSeniorTitleTeachers.isEmpty();
    }
}
