package org.junheng.content;

/**
 * Aggregate enrollment results of one school, stage and category (本地户籍, 随迁子女…): how many
 * applied and how many were admitted. Counts of children, so pages suppress the small ones.
 */
public record Admission(String schoolCode, Stage stage, String category, int applicants, int admitted,
                        SourceLocation source) {

    public Admission {
        schoolCode = Interned.of(schoolCode);
        category = Interned.of(category);
    }
}
