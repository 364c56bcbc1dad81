package org.junheng.content;

import java.util.List;

/**
 * What the privacy and safety checks find in texts that can reach the output. The loader hands
 * over each file's texts as soon as it has read them, so that a national site's millions of cells
 * are looked at and let go rather than all held until loading ends. It is called from several
 * threads at once.
 */
@FunctionalInterface
public interface TextCheck {

    List<Problem> problemsIn(List<SourceText> texts);

    /**
     * What the checks find in {@code texts}, and whether they found nothing at all — not even a
     * value the site's allowlist lets through — so that the same texts need not be checked again
     * (see {@link CheckedFiles}). A check that cannot tell says it found something.
     */
    default Findings findingsIn(List<SourceText> texts) {
        return new Findings(problemsIn(texts), false);
    }

    /** The problems found, and whether nothing was found, allowlisted or not. */
    record Findings(List<Problem> problems, boolean nothingFound) {

        public Findings {
            problems = List.copyOf(problems);
        }
    }
}
