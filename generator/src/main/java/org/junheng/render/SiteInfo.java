package org.junheng.render;

/** What every page shows of the site itself. {@code basePath} is the path part of the base URL, for the 404 page. */
public record SiteInfo(String title, String titleEn, String language, String baseUrl, String basePath,
                       String publisher, String regionName, String licenceName, String licenceUrl, String version) {
}
