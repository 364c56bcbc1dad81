package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junheng.TestSite;
import org.junheng.content.Problem;
import org.junheng.publish.DemoBuild;
import org.junheng.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No open-data download carries personal data: every file under /data/ and every school's
 * data.json is run through the same patterns the content checks use (ID numbers, mobile and
 * bank-card numbers, birth dates), allowing only what the site's privacy.allow allows.
 */
class DownloadPrivacyTest {

    private static final java.util.regex.Pattern LONG_FRACTION = java.util.regex.Pattern.compile("(?<=[0-9])\\.[0-9]{6,}");

    @TempDir
    Path temp;

    @Test
    void noDownloadOfTheDemoCountyHoldsPersonalData() throws Exception {
        List<AllowedValue> allowed = new SiteBuilder().inspect(DemoBuild.DEMO).config().privacyAllowlist();
        List<Path> downloads = downloads(DemoBuild.output());
        assertThat(downloads).hasSizeGreaterThan(150);
        for (Path file : downloads) {
            // a long decimal fraction is a computed value (an unrounded indicator), never a person's number
            String text = LONG_FRACTION.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            List<PersonalData.Finding> found = PersonalData.find(text, false).stream()
                    .filter(f -> allowed.stream().noneMatch(a -> PersonalData.isAllowedBy(f, a.value()))).toList();
            assertThat(found).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theScanWouldSeeAMobileNumberInADownload() {
        assertThat(PersonalData.find("2199020002,测试县第一中学,,初中,,990102,城关镇,城区,公办,false,,13812345678\n", false))
                .extracting(PersonalData.Finding::kind).containsExactly(PersonalData.Kind.MOBILE);
    }

    @Test
    void aMobileNumberInTheRegistryNeverReachesADownload() {
        TestSite site = TestSite.in(temp);
        site.write("content/schools.csv", TestSite.SCHOOLS.replace("0790-6000002", "13812345678"));

        List<Problem> problems = site.buildRejected();

        assertThat(problems).extracting(Problem::rule).contains("privacy.mobile");
        assertThat(site.out().resolve("data")).as("nothing was published").doesNotExist();
    }

    @Test
    void anIdNumberInADocumentTitleNeverReachesTheDocumentList() {
        TestSite site = TestSite.in(temp, """
                -- content/documents/2024-list.md --
                ---
                title: 关于张某（110101200801011230）入学申请的答复
                type: 通知
                date: 2024-10-08
                ---
                答复。
                """);

        assertThat(site.buildRejected()).extracting(Problem::rule).contains("privacy.id-number");
        assertThat(site.out().resolve("data")).doesNotExist();
    }

    @Test
    void aCorrectionIsScannedLikeEveryOtherText() {
        TestSite site = TestSite.in(temp, """
                -- content/corrections.yml --
                - date: 2024-11-05
                  table: statistics
                  what: 按家长 13812345678 的反映更正
                  why: 核对后更正
                """);

        assertThat(site.buildRejected()).extracting(p -> p.rule() + " " + p.location().file())
                .contains("privacy.mobile content/corrections.yml");
    }

    /** Every file a reader can download: /data/ (but its pages) and each school's data.json. */
    private static List<Path> downloads(Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> data = Files.walk(out.resolve("data"))) {
            data.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".html")).forEach(files::add);
        }
        try (Stream<Path> schools = Files.walk(out.resolve("schools"))) {
            schools.filter(f -> f.getFileName().toString().equals("data.json")).forEach(files::add);
        }
        return files.stream().sorted().toList();
    }
}
