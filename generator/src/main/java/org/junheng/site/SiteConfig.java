package org.junheng.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junheng.check.AllowedValue;
import org.junheng.content.County;

/**
 * The site's configuration as read from {@code site-config.yml}. {@code standards} is the
 * raw {@code standards:} section, read by the standard-set loader. {@code suppressionThreshold}
 * is the smallest count of children a page may show; {@code pinyinOverrides} maps words to
 * the pinyin syllables the zone lookup should use for them. {@code privacyAllowlist} holds the
 * values the site allows past the privacy rules, each with its reason.
 */
public record SiteConfig(
        String title,
        String titleEn,
        String language,
        String baseUrl,
        String publisher,
        String publisherEn,
        String regionName,
        List<County> counties,
        JsonNode standards,
        String licenceName,
        String licenceUrl,
        int suppressionThreshold,
        Map<String, String> pinyinOverrides,
        List<AllowedValue> privacyAllowlist) {

    public SiteConfig {
        counties = List.copyOf(counties);
        pinyinOverrides = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(pinyinOverrides));
        privacyAllowlist = List.copyOf(privacyAllowlist);
    }

    /** A configuration with no privacy allowlist. */
    public SiteConfig(String title, String titleEn, String language, String baseUrl, String publisher,
                      String publisherEn, String regionName, List<County> counties, JsonNode standards,
                      String licenceName, String licenceUrl, int suppressionThreshold,
                      Map<String, String> pinyinOverrides) {
        this(title, titleEn, language, baseUrl, publisher, publisherEn, regionName, counties, standards, licenceName,
                licenceUrl, suppressionThreshold, pinyinOverrides, List.of());
    }

    /** A configuration with the default suppression threshold, no pinyin overrides and no privacy allowlist. */
    public SiteConfig(String title, String titleEn, String language, String baseUrl, String publisher,
                      String publisherEn, String regionName, List<County> counties, JsonNode standards,
                      String licenceName, String licenceUrl) {
        this(title, titleEn, language, baseUrl, publisher, publisherEn, regionName, counties, standards, licenceName,
                licenceUrl, DEFAULT_SUPPRESSION_THRESHOLD, Map.of());
    }

    /** Counts of children below this are hidden on every page (see docs/content-format.md). */
    public static final int DEFAULT_SUPPRESSION_THRESHOLD = 5;
}
