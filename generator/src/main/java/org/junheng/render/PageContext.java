package org.junheng.render;

/**
 * What the layout needs to know about the page it frames. {@code root} is the relative
 * prefix from this page back to the site root ("" or "../../"), so every link works under
 * any sub-path; {@code section} marks the current navigation item.
 */
public record PageContext(String path, String root, String title, String section, String description,
                          String canonicalUrl) {

    /** The page context for a page published at {@code url} (a directory path such as {@code schools/123/}). */
    public static PageContext of(String url, String title, String section, String description, String baseUrl) {
        int depth = url.isEmpty() ? 0 : (int) url.chars().filter(c -> c == '/').count();
        return new PageContext(url, "../".repeat(depth), title, section, description, baseUrl + url);
    }

    public static String fileFor(String url) {
        return url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
    }
}
