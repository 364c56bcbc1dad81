package org.junheng.site;

import java.util.List;
import org.junheng.content.Problem;

/**
 * The build stopped because of errors in the input. {@code configuration} tells a broken
 * site configuration (exit code 2) from errors in the content (exit code 1).
 */
public final class ContentRejected extends Exception {

    private final transient List<Problem> problems;
    private final boolean configuration;

    public ContentRejected(List<Problem> problems, boolean configuration) {
        super(problems.stream().filter(Problem::isError).count() + " error(s) in the site's input, first: "
                + problems.stream().filter(Problem::isError).limit(3)
                        .map(p -> p.location() + " " + p.rule() + " " + p.value()).toList());
        this.problems = List.copyOf(problems);
        this.configuration = configuration;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean configuration() {
        return configuration;
    }
}
