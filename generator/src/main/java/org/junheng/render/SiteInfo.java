package org.junheng.render;

/**
 * What every page shows of the site itself. {@code basePath} is the path part of the base URL, for the 404 page;
 * the {@code …En} names are the English pages' (the Chinese name when the site gives none).
 */
public record SiteInfo(String title, String titleEn, String language, String baseUrl, String basePath,
                       String publisher, String regionName, String licenceName, String licenceUrl, String version,
                       String publisherEn, String regionNameEn) {

    /** A site whose English names are its Chinese ones. */
    public SiteInfo(String title, String titleEn, String language, String baseUrl, String basePath, String publisher,
                    String regionName, String licenceName, String licenceUrl, String version) {
        this(title, titleEn, language, baseUrl, basePath, publisher, regionName, licenceName, licenceUrl, version,
                publisher, regionName);
    }

    /** The site as pages in {@code language} show it: names in that language, Chinese runs marked on English pages. */
    SiteInfo in(PageLanguage language) {
        if (!language.english()) {
            return this;
        }
        return new SiteInfo(ChineseRuns.mark(titleEn), titleEn, language.code(), baseUrl, basePath,
                ChineseRuns.mark(publisherEn), ChineseRuns.mark(regionNameEn), ChineseRuns.mark(licenceName),
                licenceUrl, version, publisherEn, regionNameEn);
    }
}
