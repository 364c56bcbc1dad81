package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Version.commit(stamp("${git.commit.id.abbrev}", "${git.dirty}"))).isEqualTo("unknown");
        assertThat(Version.commit(new Properties())).isEqualTo("unknown");
    }

    @Test
    void thisBuildIsStampedWithTheMavenVersionAndACommitOrUnknown() {
        assertThat(Version.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Version.commit()).matches("[0-9a-f]{7,40}(-dirty)?|unknown");
    }

    private static Properties stamp(String commit, String dirty) {
        Properties properties = new Properties();
        properties.setProperty("version", "0.1.0");
        properties.setProperty("commit", commit);
        properties.setProperty("dirty", dirty);
        return properties;
    }
}
