package org.junheng.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junheng.content.Content;
import org.junheng.content.Loaded;
import org.junheng.content.Problem;
import org.junheng.content.SourceLocation;
import org.junheng.content.SourceText;
import org.junheng.content.TextCheck;

/**
 * Runs every rule over the content and returns the findings in file and line order. Rules
 * over the model (references, impossible and implausible values) need content that loaded
 * cleanly; rules over the texts that can reach the output (privacy, student lists,
 * invisible characters) always run, so every problem is reported at once.
 */
public final class ContentChecker implements TextCheck {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparing(p -> p.location().sheet())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::rule);

    private final List<Rule> rules = List.of(new ReferenceRules(), new EnrollmentRules(), new ProgressRules(),
            new ImpossibleValueRules(), new ImplausibleValueRules());
    private final PrivacyRules privacy;
    /** The text rules besides the privacy rules, which run first. */
    private final List<TextRule> otherTextRules = List.of(new StudentListRule(), new InvisibleCharacterRules());

    public ContentChecker() {
        this(List.of());
    }

    /** A checker that lets the given values through the privacy rules. */
    public ContentChecker(List<AllowedValue> privacyAllowlist) {
        privacy = new PrivacyRules(privacyAllowlist);
    }

    /** The rules over the model only. */
    public List<Problem> check(Content content) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(content, problems);
        }
        return problems;
    }

    /**
     * What the text rules find in {@code texts}; safe to call from several threads at once. The
     * checker remembers which allowlist entries were needed, so it serves one inspection.
     */
    @Override
    public List<Problem> problemsIn(List<SourceText> texts) {
        return findingsIn(texts).problems();
    }

    @Override
    public Findings findingsIn(List<SourceText> texts) {
        List<Problem> problems = new ArrayList<>();
        boolean allowed = privacy.checkAllowing(texts, problems);
        for (TextRule rule : otherTextRules) {
            rule.check(texts, problems);
        }
        return new Findings(problems, problems.isEmpty() && !allowed);
    }

    /**
     * Every rule: what the text rules found while the content was loaded, always, and the model
     * rules when it loaded without errors.
     */
    public List<Problem> check(Loaded loaded) {
        List<Problem> problems = new ArrayList<>(loaded.textProblems());
        privacy.reportUnused(problems);
        // a mobile number the loader already refused as a complaint line is not refused a second time
        Set<SourceLocation> refusedMobiles = loaded.problems().stream()
                .filter(problem -> problem.rule().equals("enrollment.channel-mobile")).map(Problem::location)
                .collect(Collectors.toSet());
        problems.removeIf(problem -> problem.rule().equals("privacy.mobile")
                && refusedMobiles.contains(problem.location()));
        if (!loaded.hasErrors()) {
            problems.addAll(check(loaded.content()));
        }
        return problems;
    }

    /** Orders findings the way a person reads them: file (and sheet), then line, then column. */
    public static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(BY_PLACE).toList();
    }

    /**
     * The finding with any personal number in its value or message masked. Every finding is
     * printed, often into a CI log; one that quotes a cell must not repeat an ID number in full.
     */
    public static Problem redacted(Problem problem) {
        String value = PersonalData.redact(problem.value());
        String message = PersonalData.redact(problem.message());
        if (value.equals(problem.value()) && message.equals(problem.message())) {
            return problem;
        }
        return new Problem(problem.severity(), problem.location(), value, problem.rule(), message, problem.fix());
    }
}
