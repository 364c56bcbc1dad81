package org.junheng.content;

/** A column a table may have: its English key, its Chinese header, and whether it must be present. */
public record Column(String key, String chinese, boolean required) {

    public static Column required(String key, String chinese) {
        return new Column(key, chinese, true);
    }

    public static Column optional(String key, String chinese) {
        return new Column(key, chinese, false);
    }
}
