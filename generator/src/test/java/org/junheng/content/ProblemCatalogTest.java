package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id the code can report has English wording. The rule ids are read from the
 * sources themselves: the rule argument of every {@code Problem.error}, {@code Problem.warning}
 * and {@code new Problem} call, or — when that argument is a variable or a helper's parameter —
 * the literals assigned to it or passed for it in the same file. An argument this cannot trace
 * fails the test, so a new rule cannot slip past it.
 */
class ProblemCatalogTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CALL = Pattern.compile("Problem\\.(?:error|warning)\\(|new Problem\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern RULE_ID = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)+");
    /** Copying the rule of an existing problem (e.g. {@code problem.rule()}) reports no new rule. */
    private static final Pattern COPIED = Pattern.compile("\\w+\\.rule\\(\\)");

    @Test
    void everyRuleTheCodeCanReportHasAnEnglishMessageAndFix() throws IOException {
        Set<String> rules = rulesInSources();
        ProblemCatalog english = ProblemCatalog.english();

        assertThat(rules).as("rule ids found in the sources").hasSizeGreaterThan(60)
                .contains("csv.unknown-column", "privacy.id-number", "attachment.outside-site", "output.remote-load");
        assertThat(rules.stream().filter(rule -> english.message(rule).isEmpty() || english.fix(rule).isEmpty()))
                .as("rules without English wording in problems_en.properties").isEmpty();
        assertThat(english.rules()).as("catalog entries for rules the code never reports").isSubsetOf(rules);
    }

    @Test
    void everyRuleIsDocumentedInChecksMd() throws IOException {
        String documentation = Files.readString(Path.of("../docs/checks.md"), StandardCharsets.UTF_8);

        assertThat(rulesInSources().stream().filter(rule -> !documentation.contains("| `" + rule + "` |")))
                .as("rules without a row in docs/checks.md").isEmpty();
    }

    @Test
    void translatesMessageAndFixAndKeepsEverythingElse() {
        Problem chinese = Problem.error(new SourceLocation("content/schools.csv", 3, 4, "学校类型"), "中学",
                "cell.not-allowed", "不是允许的取值", "应为以下之一：小学、初中");

        Problem english = ProblemCatalog.english().translate(chinese);

        assertThat(english).isEqualTo(new Problem(chinese.severity(), chinese.location(), "中学", "cell.not-allowed",
                "The value is not one of the allowed values",
                "Use one of the values listed in docs/content-format.md for this column"));
        Problem unknown = Problem.warning(SourceLocation.file("x"), "", "no.such-rule", "消息", "办法");
        assertThat(ProblemCatalog.english().translate(unknown)).isEqualTo(unknown);
    }

    static Set<String> rulesInSources() throws IOException {
        Set<String> rules = new TreeSet<>();
        List<String> untraced = new ArrayList<>();
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            // Problem.java defines the factories, passing their own parameters through
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("content/Problem.java"))
                    .toList()) {
                sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        for (Map.Entry<Path, String> entry : sources.entrySet()) {
            Path file = entry.getKey();
            String source = entry.getValue();
            Matcher call = CALL.matcher(source);
            while (call.find()) {
                List<String> arguments = arguments(source, call.end());
                int index = call.group().startsWith("new") ? 3 : 2;
                if (arguments.size() <= index) {
                    continue; // a declaration such as Problem.error(SourceLocation location, ...)
                }
                String argument = arguments.get(index).strip();
                if (COPIED.matcher(argument).matches() || argument.startsWith("String ")) {
                    continue;
                }
                List<String> found = trace(source, argument, sources.values());
                if (found.isEmpty()) {
                    untraced.add(SOURCES.relativize(file) + ": " + argument);
                }
                rules.addAll(found);
            }
        }
        assertThat(untraced).as("rule arguments that are neither literals nor traceable").isEmpty();
        return rules;
    }

    /**
     * The rule ids an argument can be: its literals, or those assigned to the variable it names
     * in its file, or those passed for the helper parameter it names by any caller in the sources.
     */
    private static List<String> trace(String source, String argument, java.util.Collection<String> all) {
        List<String> literals = ruleLiterals(argument);
        if (!literals.isEmpty() || !argument.matches("\\w+")) {
            return literals;
        }
        List<String> traced = new ArrayList<>();
        Matcher assignment = Pattern.compile("\\b" + argument + "\\s*=[^=]").matcher(source);
        while (assignment.find()) {
            traced.addAll(ruleLiterals(source.substring(assignment.end() - 1, statementEnd(source, assignment.end()))));
        }
        // a helper's parameter: find the method declaring it, then the literals its callers pass in its place
        Matcher method = Pattern.compile("(\\w+)\\(([^()]*\\bString " + argument + "\\b[^()]*)\\)\\s*\\{").matcher(source);
        while (method.find()) {
            int position = List.of(method.group(2).split(",")).indexOf(
                    List.of(method.group(2).split(",")).stream().filter(p -> p.strip().endsWith(" " + argument))
                            .findFirst().orElseThrow());
            for (String caller : all) {
                Matcher call = Pattern.compile("\\b" + method.group(1) + "\\(").matcher(caller);
                while (call.find()) {
                    List<String> arguments = arguments(caller, call.end());
                    if (!(caller == source && call.start() == method.start()) && arguments.size() > position) {
                        traced.addAll(ruleLiterals(arguments.get(position)));
                    }
                }
            }
        }
        return traced;
    }

    private static List<String> ruleLiterals(String code) {
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            if (RULE_ID.matcher(literal.group(1)).matches()) {
                literals.add(literal.group(1));
            }
        }
        return literals;
    }

    /** The top-level arguments of a call whose opening parenthesis ends just before {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ')') {
                arguments.add(source.substring(start, i));
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }

    /** Where the statement that runs through {@code from} ends: the next semicolon outside brackets and strings. */
    private static int statementEnd(String source, int from) {
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = endOfString(source, i);
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ';' && depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    private static int endOfString(String source, int quote) {
        if (source.startsWith("\"\"\"", quote)) {
            return source.indexOf("\"\"\"", quote + 3) + 2;
        }
        int i = quote + 1;
        while (source.charAt(i) != '"') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }
}
