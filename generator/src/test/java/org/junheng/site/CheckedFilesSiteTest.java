package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps the files the text checks found nothing in, and the next build checks only the
 * files that changed — which still catches what an edit brings, and still sees every value the
 * site's privacy allowlist lets through.
 */
class CheckedFilesSiteTest {

    private static final String STATISTICS_EDITED = TestSite.STATISTICS.replace("2024,2199020002,,,,900,",
            "2024,2199020002,,,,950,");

    @TempDir
    Path temp;

    @Test
    void anIdNumberAddedToATableCheckedCleanByTheLastBuildIsFound() {
        TestSite site = TestSite.in(temp);
        site.build();

        site.write("content/schools.csv", TestSite.SCHOOLS.replace("城关镇人民路8号", "城关镇人民路8号 110101199003077715"));

        assertThat(site.buildRejected()).extracting(Problem::rule).contains("privacy.id-number");
    }

    @Test
    void aValueTheAllowlistLetsThroughIsSeenByEveryBuildSoItsEntryIsNotReportedUnused() {
        TestSite site = TestSite.in(temp)
                .write("content/schools.csv", TestSite.SCHOOLS.replace("0790-6000002", "13812345678"))
                .write("site-config.yml", TestSite.CONFIG + """
                        privacy:
                          allow:
                            - value: "13812345678"
                              reason: 学校对外公开的招生咨询手机
                        """);
        assertThat(site.build().warnings()).extracting(Problem::rule).doesNotContain("privacy.allow-unused");

        site.write("content/statistics/2024.csv", STATISTICS_EDITED);
        BuildResult rebuilt = site.build();

        assertThat(rebuilt.rendered()).as("a rebuild, not a build with nothing changed").isPositive();
        assertThat(rebuilt.warnings()).extracting(Problem::rule).doesNotContain("privacy.allow-unused");
    }
}
