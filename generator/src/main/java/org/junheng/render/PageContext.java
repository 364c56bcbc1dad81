package org.junheng.render;

/**
 * What the layout needs to know about the page it frames. {@code root} is the relative prefix
 * from this page back to its language's home ("" or "../../"; for an English page, the way back
 * to {@code en/}), for links to other pages; {@code fileRoot} is the way back to the site root,
 * for assets, downloads and attachments, which exist once for both languages. {@code section}
 * marks the current navigation item; {@code twin} is the same page in the other language.
 */
public record PageContext(String path, String root, String title, String section, String description,
                          String canonicalUrl, String fileRoot, String language, Twin twin) {

    /** The same page in the other language: a relative link, its language, its name in itself, its address. */
    public record Twin(String url, String language, String name, String absoluteUrl) {
    }

    /** A Chinese page at {@code url} (a directory path such as {@code schools/123/}), with its English twin. */
    public static PageContext of(String url, String title, String section, String description, String baseUrl) {
        return of(PageLanguage.CHINESE, url, url, title, section, description, baseUrl);
    }

    /** The page at {@code url} in {@code language}; {@code canonical} is the address of the page it repeats, or url. */
    static PageContext of(PageLanguage language, String url, String canonical, String title, String section,
                          String description, String baseUrl) {
        String root = "../".repeat(depth(url));
        String fileRoot = "../".repeat(depth(language.prefix() + url));
        PageLanguage other = language.other();
        Twin twin = new Twin(fileRoot + other.prefix() + url, other.code(), other.ownName(),
                canonicalUrl(other, canonical, baseUrl));
        return new PageContext(url, root, title, section, description, canonicalUrl(language, canonical, baseUrl),
                fileRoot, language.code(), twin);
    }

    /** The absolute address of the page at {@code canonical} in {@code language}. */
    static String canonicalUrl(PageLanguage language, String canonical, String baseUrl) {
        return baseUrl + language.prefix() + canonical;
    }

    private static int depth(String url) {
        return (int) url.chars().filter(c -> c == '/').count();
    }

    public static String fileFor(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
