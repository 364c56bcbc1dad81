package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Without Chromium the browser tests are skipped on a developer's machine, and fail in CI. */
class ChromiumTest {

    @Test
    void aMissingBrowserSkipsOnADevelopersMachine() {
        assertThatThrownBy(() -> Chromium.require(false, false)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("chromium-driver").hasMessageContaining("skipped");
    }

    @Test
    void aMissingBrowserFailsInCi() {
        assertThatThrownBy(() -> Chromium.require(false, true)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI is set");
    }

    @Test
    void anInstalledBrowserRunsEverywhere() {
        assertThatCode(() -> Chromium.require(true, true)).doesNotThrowAnyException();
        assertThatCode(() -> Chromium.require(true, false)).doesNotThrowAnyException();
    }
}
