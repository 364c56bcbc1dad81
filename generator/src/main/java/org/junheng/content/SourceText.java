package org.junheng.content;

/**
 * A piece of the site's input that can reach the published output — a table cell, a YAML
 * value, a Markdown body, a file name — and where it stands. The privacy and safety checks
 * scan these, so that nothing is published that was not looked at.
 */
public record SourceText(SourceLocation location, String text, Kind kind) {

    /** What kind of text it is decides how strictly it is checked and how positions inside it are found. */
    public enum Kind {
        /** Free text: a table cell, a front-matter value, a piece of evidence. */
        TEXT,
        /** What identifies or addresses something: a title, a name, a code, a file name. */
        NAME,
        /** A whole Markdown body, starting at {@code location}; it may hold HTML. */
        MARKDOWN,
        /** A cell of a table attached to a document, free text that may also name a column. */
        TABLE_CELL
    }

    /**
     * Where the character at {@code index} stands. Exact inside a Markdown body; for other
     * kinds the value's own place, since a cell or YAML scalar is addressed as a whole.
     */
    public SourceLocation at(int index) {
        if (kind != Kind.MARKDOWN) {
            return location;
        }
        int line = location.line();
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, Math.min(index, text.length())) + 1;
        if (line == location.line()) {
            column += Math.max(location.column(), 1) - 1;
        }
        return new SourceLocation(location.file(), line, column, location.field(), location.sheet());
    }
}
