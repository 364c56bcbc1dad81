package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class FailureHandlerTest {

    @Test
    void aFailureNamesTheCausesItsOwnMessageLeavesOut() {
        var full = new FileSystemException("/srv/out/.staging/schools/2199020001/index.html", null,
                "No space left on device");
        var failure = new UncheckedIOException("cannot write schools/2199020001/index.html", full);

        assertThat(FailureHandler.describe(failure)).isEqualTo(
                "java.io.UncheckedIOException: cannot write schools/2199020001/index.html"
                        + " ← java.nio.file.FileSystemException: /srv/out/.staging/schools/2199020001/index.html:"
                        + " No space left on device");
    }

    @Test
    void aCauseAlreadyInTheMessageIsNotRepeated() {
        var cause = new IllegalStateException("the chart cache is locked");
        var failure = new RuntimeException(cause);

        assertThat(FailureHandler.describe(failure))
                .isEqualTo("java.lang.RuntimeException: java.lang.IllegalStateException: the chart cache is locked");
    }
}
