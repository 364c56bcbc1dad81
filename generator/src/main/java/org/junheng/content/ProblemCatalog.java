package org.junheng.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Problems in another language. A problem's own message and fix are Chinese; a catalog
 * holds, by rule id, generic wording in another language — generic because the value, field
 * and place are printed beside it. A rule missing from the catalog keeps its Chinese text.
 */
public final class ProblemCatalog {

    private static final ProblemCatalog ENGLISH = load("problems_en.properties");

    private final Properties entries;

    private ProblemCatalog(Properties entries) {
        this.entries = entries;
    }

    public static ProblemCatalog english() {
        return ENGLISH;
    }

    /** The problem with its message and fix in this catalog's language. */
    public Problem translate(Problem problem) {
        Optional<String> message = message(problem.rule());
        Optional<String> fix = fix(problem.rule());
        if (message.isEmpty() || fix.isEmpty()) {
            return problem;
        }
        return new Problem(problem.severity(), problem.location(), problem.value(), problem.rule(), message.get(),
                fix.get());
    }

    public Optional<String> message(String rule) {
        return Optional.ofNullable(entries.getProperty(rule + ".message"));
    }

    public Optional<String> fix(String rule) {
        return Optional.ofNullable(entries.getProperty(rule + ".fix"));
    }

    /** Every rule id the catalog has any entry for. */
    public Set<String> rules() {
        Set<String> rules = new TreeSet<>();
        for (String key : entries.stringPropertyNames()) {
            rules.add(key.substring(0, key.lastIndexOf('.')));
        }
        return rules;
    }

    private static ProblemCatalog load(String resource) {
        try (InputStream in = ProblemCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Properties entries = new Properties();
            entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new ProblemCatalog(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
