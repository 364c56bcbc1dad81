package org.junheng.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junheng.files.Sha256;

/**
 * What the pages of one county can read, as two digests: the site-wide inputs, and that county's
 * own content. Rendering reads nothing but the site, the content, the standards and the results
 * (which for a county follow from its own content and the standards alone), the options and the
 * theme; so a page of one county — a school's profile, the county's assessment and indicator
 * pages — which reads its county's share of the content and results and site-wide things only,
 * makes the same model as long as these digests are the same. A one-school change then makes
 * the models of that county's pages again, not those of every county.
 *
 * <p>A county's own content is what belongs to it and to no other county: its schools'
 * statistics, its assessment inputs, and the documents, projects and partnerships that name its
 * schools only. Everything else is site-wide, so that an edit to it keys every county's pages
 * afresh: the registry of schools (a profile names its parent school, its teaching points and its
 * partners, which may be in another county), enrollment, corrections, the counties, and documents
 * naming schools of two counties or none, or cited by a project of another county (a project's
 * view names the documents it cites). Each digest covers the records whole, places in their files
 * included, through the content's shares (see {@link ContentShares}), which the open data's keys
 * are made of too. A page that reads site-wide inputs only, such as a year's zones, is keyed by
 * the site-wide digest alone.
 */
final class CountyScopes {

    private final byte[] siteWide;
    private final Map<String, byte[]> counties;

    private CountyScopes(byte[] siteWide, Map<String, byte[]> counties) {
        this.siteWide = siteWide;
        this.counties = counties;
    }

    /** The scopes of {@code data} rendered with {@code options}, the content's shares digested on {@code threads} threads. */
    static CountyScopes of(SiteData data, RenderOptions options, int threads) {
        MessageDigest siteWide = Sha256.digest();
        siteWide.update(ModelDigest.bytesOfValue(List.of(data.site(), data.standards(), options)));
        siteWide.update(data.shares().digest(share -> !share.ofACounty(), threads));
        return new CountyScopes(siteWide.digest(), data.shares().byCounty(threads));
    }

    /**
     * The input key of {@code page}, a page of county {@code countyCode} alone (a school's profile,
     * the county's assessment and indicator pages) in the language whose interface {@code language}
     * digests: the site-wide digest, that of the county (none when it has no content of its own),
     * the language's, and the page's address and template.
     */
    String key(String countyCode, byte[] language, Page page) {
        return key(countyCode, language, page, new byte[0]);
    }

    /**
     * As {@link #key(String, byte[], Page)}, for a page of county {@code countyCode} that also reads
     * what {@code alsoRead} digests (the counts a document filter's navigation shows of every year and type).
     */
    String key(String countyCode, byte[] language, Page page, byte[] alsoRead) {
        return key(counties.getOrDefault(countyCode, new byte[0]), language, page, countyCode, alsoRead);
    }

    /**
     * The input key of {@code page}, a page that reads site-wide inputs only (the zones of a school
     * year: the enrollment and the registry), in the language whose interface {@code language} digests.
     */
    String siteWideKey(byte[] language, Page page) {
        return key(new byte[0], language, page, "site", new byte[0]);
    }

    private String key(byte[] county, byte[] language, Page page, String scope, byte[] alsoRead) {
        MessageDigest sha = Sha256.digest();
        sha.update(siteWide);
        sha.update(county);
        sha.update(language);
        sha.update(alsoRead);
        sha.update((page.path() + "\n" + page.template() + "\n" + scope).getBytes(StandardCharsets.UTF_8));
        return "inputs:" + page.template() + ":" + HexFormat.of().formatHex(sha.digest());
    }
}
