package org.junheng.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junheng.content.County;

/**
 * The site's configuration as read from {@code site-config.yml}. {@code standards} is the
 * raw {@code standards:} section, read by the standard-set loader.
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
        String licenceUrl) {

    public SiteConfig {
        counties = List.copyOf(counties);
    }
}
