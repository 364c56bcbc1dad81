package org.junheng.content;

import java.util.Optional;

/** Reading a compulsory stage from a cell: 小学 or 初中 (or their English keys). */
final class Stages {

    private Stages() {
    }

    static Optional<Stage> compulsory(String text) {
        for (Stage stage : Stage.values()) {
            if (stage.isCompulsory() && (stage.chinese().equals(text) || stage.key().equalsIgnoreCase(text))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    static Problem notAStage(SourceLocation at, String value) {
        return Problem.error(at, value, "cell.not-stage", "不是义务教育学段", "填写“小学”或“初中”");
    }
}
