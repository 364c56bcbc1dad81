package org.junheng.content;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The school types of the registry, each with the stages it teaches. */
public enum SchoolType {
    PRIMARY_SCHOOL("小学", "Primary school", EnumSet.of(Stage.PRIMARY)),
    JUNIOR_SCHOOL("初中", "Junior secondary school", EnumSet.of(Stage.JUNIOR)),
    NINE_YEAR("九年一贯制", "Nine-year school", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    TWELVE_YEAR("十二年一贯制", "Twelve-year school", EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)),
    COMPLETE_SECONDARY("完全中学", "Complete secondary school", EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
    SPECIAL_EDUCATION("特殊教育学校", "Special education school", EnumSet.noneOf(Stage.class)),
    TEACHING_POINT("教学点", "Teaching point", EnumSet.of(Stage.PRIMARY));

    private final String chinese;
    private final String english;
    private final Set<Stage> stages;

    SchoolType(String chinese, String english, Set<Stage> stages) {
        this.chinese = chinese;
        this.english = english;
        this.stages = stages;
    }

    public String chinese() { return chinese; }

    public String english() { return english; }

    /** The stages this type teaches; a special-education school reports whatever stages it has. */
    public Set<Stage> stages() { return EnumSet.copyOf(stages.isEmpty() ? EnumSet.allOf(Stage.class) : stages); }

    public boolean isMultiStage() {
        return stages.size() > 1;
    }

    public static Optional<SchoolType> fromChinese(String text) {
        return Arrays.stream(values()).filter(t -> t.chinese.equals(text)).findFirst();
    }
}
