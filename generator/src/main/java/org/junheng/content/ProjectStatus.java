package org.junheng.content;

import java.util.Arrays;
import java.util.Optional;

/** Where an improvement project stands. */
public enum ProjectStatus {
    PLANNED("未开工"),
    IN_PROGRESS("实施中"),
    SUSPENDED("已暂停"),
    DONE("已完成");

    private final String chinese;

    ProjectStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() { return chinese; }

    public static Optional<ProjectStatus> fromChinese(String text) {
        return Arrays.stream(values()).filter(s -> s.chinese.equals(text)).findFirst();
    }
}
