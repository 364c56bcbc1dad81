package org.junheng.content;

/** A Markdown file cut into its YAML front matter and its body, with the line the YAML starts on. */
record FrontMatter(String yaml, int yamlFirstLine, String body) {

    /** Splits at the {@code ---} lines; a file without front matter has empty YAML. */
    static FrontMatter split(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            return new FrontMatter("", 1, normalized);
        }
        int end = normalized.indexOf("\n---", 3);
        while (end >= 0) {
            int after = end + 4;
            if (after == normalized.length() || normalized.charAt(after) == '\n') {
                String yaml = normalized.substring(4, end + 1);
                String body = after >= normalized.length() ? "" : normalized.substring(after + 1);
                return new FrontMatter(yaml, 2, body);
            }
            end = normalized.indexOf("\n---", after);
        }
        return new FrontMatter(null, 2, normalized);
    }

    /** The line of the file the body starts on (the whole file is the body when the front matter never ends). */
    int bodyFirstLine() {
        if (yaml == null || yaml.isEmpty() && yamlFirstLine == 1) {
            return 1;
        }
        return yamlFirstLine + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
    }

    boolean unterminated() {
        return yaml == null;
    }
}
