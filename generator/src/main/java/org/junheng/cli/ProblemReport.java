package org.junheng.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.content.Problem;
import org.junheng.content.Severity;

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
            if (p.location().line() > 0) {
                line.append(",line=").append(p.location().line());
            }
            if (p.location().column() > 0) {
                line.append(",col=").append(p.location().column());
            }
            line.append(",title=").append(escapeProperty(p.rule()));
            String field = p.location().field().isEmpty() ? "" : "[" + p.location().field() + "] ";
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

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
