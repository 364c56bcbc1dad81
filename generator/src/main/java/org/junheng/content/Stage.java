package org.junheng.content;

/** A stage of schooling. Compulsory education has two; 高中 matters only to split shared facilities. */
public enum Stage {
    PRIMARY("小学", "primary", "Primary"),
    JUNIOR("初中", "junior", "Junior secondary"),
    SENIOR("高中", "senior", "Senior secondary");

    private final String chinese;
    private final String key;
    private final String english;

    Stage(String chinese, String key, String english) {
        this.chinese = chinese;
        this.key = key;
        this.english = english;
    }

    public String chinese() { return chinese; }

    /** The column prefix and URL-safe name, e.g. {@code primary}. */
    public String key() { return key; }

    public String english() { return english; }

    public boolean isCompulsory() { return this != SENIOR; }
}
