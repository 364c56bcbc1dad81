package org.junheng.render;

/**
 * What a site adds to the built-in theme beyond replacing files: {@code localStylesheet}
 * is true when the site has its own {@code assets/css/local.css}, which every page then
 * loads after the theme's stylesheet. Sites without it are spared the extra request.
 */
public record ThemeExtras(boolean localStylesheet) {

    public static final ThemeExtras NONE = new ThemeExtras(false);

    /** The path of the site's own stylesheet, relative to {@code assets/}. */
    public static final String LOCAL_STYLESHEET = "css/local.css";
}
