package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void theStampedCommitIsReportedAndMarkedWhenTheCheckoutWasDirty() {
        assertThat(Version.commit(stamp("0123456789ab", "false"))).isEqualTo("0123456789ab");
        assertThat(Version.commit(stamp("0123456789ab", "true"))).isEqualTo("0123456789ab-dirty");
    }

    @Test
    void aBuildOutsideAGitCheckoutLeavesThePlaceholderAndSaysUnknown() {
        assertThat(Version.commit(stamp("${junheng.commit}", "${junheng.dirty}"))).isEqualTo("unknown");
        assertThat(Version.commit(new Properties())).isEqualTo("unknown");
    }

    @Test
    void thisBuildIsStampedWithTheMavenVersionAndACommitOrUnknown() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Version.commit()).matches("[0-9a-f]{7,40}(-dirty)?|unknown");
    }

    @Test
    void builtFromAGitCheckoutTheStampIsThatCheckoutsOwnHeadEvenInAWorktree() throws Exception {
        Optional<String> head = git("rev-parse", "--short=12", "HEAD");
        assumeTrue(head.isPresent(), "built outside a git checkout, or without git");

        assertThat(Version.commit()).startsWith(head.get());
    }

    private static Optional<String> git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
    }

    private static Properties stamp(String commit, String dirty) {
        Properties properties = new Properties();
        properties.setProperty("version", "0.1.0");
        properties.setProperty("commit", commit);
        properties.setProperty("dirty", dirty);
        return properties;
    }
}
