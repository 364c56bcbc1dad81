package org.junheng.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junheng.content.Content;
import org.junheng.content.Problem;

/** Runs every rule over the content and returns the findings in file and line order. */
public final class ContentChecker {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.location().file())
            .thenComparing(p -> p.location().sheet())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(Problem::rule);

    private final List<Rule> rules = List.of(new ReferenceRules(), new EnrollmentRules(), new ProgressRules());

    public List<Problem> check(Content content) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(content, problems);
        }
        return problems;
    }

    /** Orders findings the way a person reads them: file (and sheet), then line, then column. */
    public static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(BY_PLACE).toList();
    }
}
