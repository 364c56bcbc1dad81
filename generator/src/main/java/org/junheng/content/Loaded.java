package org.junheng.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Loaded content, every problem found while loading it, and every text read on the way
 * that can reach the output (for the privacy and safety checks).
 */
public record Loaded(Content content, List<Problem> problems, List<SourceText> texts) {

    public Loaded {
        problems = List.copyOf(problems);
        texts = List.copyOf(texts);
    }

    public Loaded(Content content, List<Problem> problems) {
        this(content, problems, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The same, with more texts to scan (e.g. the site configuration's). */
    public Loaded withMoreTexts(List<SourceText> more) {
        List<SourceText> all = new ArrayList<>(texts);
        all.addAll(more);
        return new Loaded(content, problems, all);
    }
}
