package org.junheng.content;

import java.util.List;

/** Loaded content and every problem found while loading it. */
public record Loaded(Content content, List<Problem> problems) {

    public Loaded {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
