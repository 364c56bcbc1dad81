package org.junheng.content;

import java.util.Arrays;
import java.util.Optional;

/** The statistical urban–rural classification of a school's location. */
public enum Locality {
    URBAN("城区", "Urban"),
    TOWN("镇区", "Town"),
    RURAL("乡村", "Rural");

    private final String chinese;
    private final String english;

    Locality(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String chinese() { return chinese; }

    public String english() { return english; }

    public static Optional<Locality> fromChinese(String text) {
        return Arrays.stream(values()).filter(l -> l.chinese.equals(text)).findFirst();
    }
}
