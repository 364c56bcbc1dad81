package org.junheng.render;

/**
 * A language the pages are written in. Chinese pages sit at the site root; their English twins
 * mirror every address under {@code en/}. Downloads, assets and attachments exist once, at the root.
 */
public enum PageLanguage {

    CHINESE("zh-CN", "", "中文"),
    ENGLISH("en", "en/", "English");

    private final String code;
    private final String prefix;
    private final String name;

    PageLanguage(String code, String prefix, String name) {
        this.code = code;
        this.prefix = prefix;
        this.name = name;
    }

    /** The BCP 47 tag, for {@code lang} and {@code hreflang}. */
    public String code() {
        return code;
    }

    /** Where this language's pages live, relative to the site root: "" or "en/". */
    public String prefix() {
        return prefix;
    }

    /** The language's name in itself, for the language switch. */
    public String ownName() {
        return name;
    }

    public PageLanguage other() {
        return this == CHINESE ? ENGLISH : CHINESE;
    }

    public boolean english() {
        return this == ENGLISH;
    }

    /** The theme's interface text file for this language, {@code i18n/{name}.yml}. */
    public String labelsName() {
        return code;
    }
}
