package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junheng.TestSite;
import org.junheng.content.Content;
import org.junheng.content.ContentLoader;
import org.junheng.render.ContentShares.Kind;
import org.junheng.render.ContentShares.Share;
import org.junheng.site.PortalOfCountiesSiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shares the input keys are made of: an edit changes the digests of its county and year only. */
class ContentSharesTest {

    private static final String JIA = "990102";
    private static final String YI = "990103";

    @TempDir
    Path temp;

    private static Content load(TestSite site) {
        return new ContentLoader(site.root(), texts -> List.of()).load(List.of()).content();
    }

    private static String source(TestSite site, String path) {
        try {
            return Files.readString(site.root().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Predicate<Share> year(int year) {
        return share -> share.year() == year && share.kind() != Kind.DOCUMENTS;
    }

    @Test
    void aStatisticsRowChangesItsCountysDigestAndItsYearsOnly() {
        TestSite site = TestSite.in(temp, PortalOfCountiesSiteTest.PORTAL);
        ContentShares before = ContentShares.of(load(site));
        site.write("content/statistics/2024.csv", source(site, "content/statistics/2024.csv")
                .replace("2024,2199030002,100,0", "2024,2199030002,120,0"));
        ContentShares after = ContentShares.of(load(site));

        Map<String, byte[]> countiesBefore = before.byCounty(2);
        Map<String, byte[]> countiesAfter = after.byCounty(2);
        assertThat(countiesAfter.get(JIA)).isEqualTo(countiesBefore.get(JIA));
        assertThat(countiesAfter.get(YI)).isNotEqualTo(countiesBefore.get(YI));
        assertThat(after.digest(share -> !share.ofACounty(), 2)).isEqualTo(before.digest(share -> !share.ofACounty(), 2));
        assertThat(after.digest(year(2023), 2)).isEqualTo(before.digest(year(2023), 2));
        assertThat(after.digest(year(2024), 2)).isNotEqualTo(before.digest(year(2024), 2));
    }

    @Test
    void aRegistryRowIsNoCountysAloneAndOfNoYear() {
        TestSite site = TestSite.in(temp, PortalOfCountiesSiteTest.PORTAL);
        ContentShares before = ContentShares.of(load(site));
        site.write("content/schools.csv", source(site, "content/schools.csv").replace("乙县二小", "乙县第二小学"));
        ContentShares after = ContentShares.of(load(site));

        assertThat(after.byCounty(1)).usingRecursiveComparison().isEqualTo(before.byCounty(1));
        assertThat(after.digest(share -> !share.ofACounty(), 1))
                .isNotEqualTo(before.digest(share -> !share.ofACounty(), 1));
        assertThat(after.digest(share -> share.year() == Share.NO_YEAR, 1))
                .isNotEqualTo(before.digest(share -> share.year() == Share.NO_YEAR, 1));
        assertThat(after.digest(year(2024), 1)).isEqualTo(before.digest(year(2024), 1));
    }

    @Test
    void aDocumentNamingOneCountysSchoolsIsThatCountysInItsSchoolYear() {
        TestSite site = TestSite.in(temp, PortalOfCountiesSiteTest.PORTAL);
        ContentShares before = ContentShares.of(load(site));
        site.write("content/documents/yi-plan.md", source(site, "content/documents/yi-plan.md").replace("方案。", "新方案。"));
        ContentShares after = ContentShares.of(load(site));

        assertThat(after.byCounty(2).get(JIA)).isEqualTo(before.byCounty(2).get(JIA));
        assertThat(after.byCounty(2).get(YI)).isNotEqualTo(before.byCounty(2).get(YI));
        Predicate<Share> documentsOf2023 = share -> share.kind() == Kind.DOCUMENTS && share.year() == 2023;
        assertThat(after.digest(documentsOf2023, 2)).isNotEqualTo(before.digest(documentsOf2023, 2));
        assertThat(after.digest(year(2023), 2)).isEqualTo(before.digest(year(2023), 2));
    }
}
