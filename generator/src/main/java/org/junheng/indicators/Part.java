package org.junheng.indicators;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a county assessment. A county passes only if every part its standard set has passes. */
public enum Part {
    RESOURCES("resources", Text.of("资源配置", "Resource allocation")),
    GUARANTEE("guarantee", Text.of("政府保障程度", "Government guarantee")),
    QUALITY("quality", Text.of("教育质量", "Education quality")),
    SOCIAL_RECOGNITION("social_recognition", Text.of("社会认可度", "Social recognition")),
    VETO("veto", Text.of("一票否决", "Veto items"));

    private final String key;
    private final Text title;

    Part(String key, Text title) {
        this.key = key;
        this.title = title;
    }

    public String key() { return key; }

    public Text title() { return title; }

    public static Optional<Part> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
