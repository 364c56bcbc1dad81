package org.junheng.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junheng.check.AllowedValue;
import org.junheng.content.County;

/**
 * The site's configuration as read from {@code site-config.yml}. {@code standards} is the
 * raw {@code standards:} section, read by the standard-set loader. {@code privacyAllowlist}
 * holds the values the site allows past the privacy rules, each with its reason.
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
        List<AllowedValue> privacyAllowlist) {

    public SiteConfig {
        counties = List.copyOf(counties);
        privacyAllowlist = List.copyOf(privacyAllowlist);
    }

    public SiteConfig(String title, String titleEn, String language, String baseUrl, String publisher,
                      String publisherEn, String regionName, List<County> counties, JsonNode standards,
                      String licenceName, String licenceUrl) {
        this(title, titleEn, language, baseUrl, publisher, publisherEn, regionName, counties, standards, licenceName,
                licenceUrl, List.of());
    }
}
