package org.junheng.indicators;

import java.util.Arrays;
import java.util.Optional;

/** Who set a number: the standard document itself, or a provincial, city or county override. */
public enum Layer {
    STANDARD("standard", "国家标准", "national standard"),
    PROVINCE("province", "省级", "province"),
    CITY("city", "市级", "city"),
    COUNTY("county", "县级", "county");

    private final String key;
    private final String chinese;
    private final String english;

    Layer(String key, String chinese, String english) {
        this.key = key;
        this.chinese = chinese;
        this.english = english;
    }

    public String key() { return key; }

    public String chinese() { return chinese; }

    public String english() { return english; }

    /** Accepts the configuration key ({@code province}) or the Chinese level (省, 市, 县). */
    public static Optional<Layer> fromKey(String text) {
        String t = text.trim();
        return Arrays.stream(values())
                .filter(l -> l != STANDARD)
                .filter(l -> l.key.equalsIgnoreCase(t) || l.chinese.equals(t) || l.chinese.equals(t + "级"))
                .findFirst();
    }
}
