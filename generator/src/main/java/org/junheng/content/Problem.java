package org.junheng.content;

/**
 * One finding about the content: where it is, the offending value, the rule it breaks
 * (a stable id such as {@code csv.unknown-column}), what is wrong and how to fix it.
 */
public record Problem(Severity severity, SourceLocation location, String value, String rule, String message,
                      String fix) {

    public static Problem error(SourceLocation location, String value, String rule, String message, String fix) {
        return new Problem(Severity.ERROR, location, value, rule, message, fix);
    }

    public static Problem warning(SourceLocation location, String value, String rule, String message, String fix) {
        return new Problem(Severity.WARNING, location, value, rule, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
