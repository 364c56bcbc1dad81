package org.junheng.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Loaded content, every problem found while loading it, and what the text checks found in the
 * texts read on the way that can reach the output.
 */
public record Loaded(Content content, List<Problem> problems, List<Problem> textProblems) {

    public Loaded {
        problems = List.copyOf(problems);
        textProblems = List.copyOf(textProblems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The same, with what the text checks found in texts read elsewhere (e.g. the site configuration's). */
    public Loaded withTextProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(textProblems);
        all.addAll(more);
        return new Loaded(content, problems, all);
    }
}
