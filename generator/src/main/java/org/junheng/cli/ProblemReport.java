package org.junheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.content.Problem;
import org.junheng.content.Severity;
import org.junheng.content.SourceLocation;

/** Prints problems in the chosen format, then a count. */
final class ProblemReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemReport() {
    }

    static void print(List<Problem> problems, ProblemFormat format, Language language, PrintWriter out) {
        List<Problem> localized = problems.stream().map(language::localize).toList();
        switch (format) {
            case TEXT -> text(localized, language, out);
            case GITHUB -> github(localized, language, out);
            case JSON -> json(localized, out);
        }
        out.flush();
    }

    private static void text(List<Problem> problems, Language language, PrintWriter out) {
        for (Problem p : problems) {
            String value = p.value().isEmpty() ? "" : language.quote(p.value());
            out.println(language.severity(p) + " " + p.location() + " " + value + p.message()
                    + (p.fix().isEmpty() ? "" : language.fixSeparator() + p.fix()) + " (" + p.rule() + ")");
        }
        long errors = problems.stream().filter(Problem::isError).count();
        if (!problems.isEmpty()) {
            out.println(language.count(errors, problems.size() - errors));
        }
    }

    private static void github(List<Problem> problems, Language language, PrintWriter out) {
        for (Problem p : problems) {
            StringBuilder line = new StringBuilder(p.severity() == Severity.ERROR ? "::error" : "::warning");
            line.append(" file=").append(escapeProperty(p.location().file()));
            // a workbook has no text lines to point at: the annotation names the file, the text the cell
            if (p.location().line() > 0 && !p.location().inWorkbook()) {
                line.append(",line=").append(p.location().line());
            }
            if (p.location().column() > 0 && !p.location().inWorkbook()) {
                line.append(",col=").append(p.location().column());
            }
            line.append(",title=").append(escapeProperty(p.rule()));
            String cell = p.location().inWorkbook() ? p.location().cell() + " " : "";
            String field = cell + (p.location().field().isEmpty() ? "" : "[" + p.location().field() + "] ");
            String value = p.value().isEmpty() ? "" : language.quote(p.value());
            line.append("::").append(escapeData(field + value + p.message() + language.fixSeparator() + p.fix()));
            out.println(line);
        }
    }

    private static void json(List<Problem> problems, PrintWriter out) {
        List<Map<String, Object>> items = problems.stream().map(p -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            item.put("file", p.location().file());
            item.put("line", p.location().line());
            item.put("column", p.location().column());
            item.put("field", p.location().field());
            item.put("sheet", p.location().sheet());
            item.put("cell", cellAddress(p.location()));
            item.put("value", p.value());
            item.put("rule", p.rule());
            item.put("message", p.message());
            item.put("fix", p.fix());
            return item;
        }).toList();
        try {
            out.println(JSON.writeValueAsString(Map.of("problems", items)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cell's address within its sheet ({@code D17}), or empty outside a workbook or for a whole row. */
    private static String cellAddress(SourceLocation at) {
        return at.inWorkbook() && at.line() > 0 && at.column() > 0
                ? SourceLocation.columnLetters(at.column()) + at.line() : "";
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
