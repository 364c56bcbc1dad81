package org.junheng.content;

import java.util.Arrays;
import java.util.Optional;

public enum Ownership {
    PUBLIC("公办", "Public"),
    PRIVATE("民办", "Private");

    private final String chinese;
    private final String english;

    Ownership(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() { return chinese; }

    public String english() { return english; }

    public static Optional<Ownership> fromChinese(String text) {
        return Arrays.stream(values()).filter(o -> o.chinese.equals(text)).findFirst();
    }
}
