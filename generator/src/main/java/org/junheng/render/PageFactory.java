package org.junheng.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Makes pages with what every page's layout needs: the site, the interface text and the page context. */
public final class PageFactory {

    private final SiteInfo site;
    private final Map<String, String> labels;
    private final ThemeExtras extras;

    public PageFactory(SiteInfo site, Map<String, String> labels) {
        this(site, labels, ThemeExtras.NONE);
    }

    public PageFactory(SiteInfo site, Map<String, String> labels, ThemeExtras extras) {
        this.site = site;
        this.labels = Map.copyOf(labels);
        this.extras = extras;
    }

    public String label(String key) {
        String text = labels.get(key);
        if (text == null) {
            throw new IllegalStateException("interface text has no label '" + key + "'");
        }
        return text;
    }

    public SiteInfo site() {
        return site;
    }

    /** A page at {@code url} (site-relative directory path, "" for the home page). */
    public Page page(String url, String template, String title, String section, String description,
                     Map<String, Object> content) {
        return at(PageContext.fileFor(url), PageContext.of(url, title, section, description, site.baseUrl()),
                template, content);
    }

    /**
     * A page at {@code url} whose model is made only when the page is written: for the pages a site
     * has one of per school, so that their models are made in parallel and never all held at once.
     * {@code content} must be safe to call from any thread.
     */
    public Page page(String url, String template, String title, String section, String description,
                     Supplier<Map<String, Object>> content) {
        PageContext context = PageContext.of(url, title, section, description, site.baseUrl());
        return new Page(PageContext.fileFor(url), template, context.canonicalUrl(),
                () -> model(context, content.get()));
    }

    /**
     * A page at {@code url} that repeats the page at {@code canonicalUrl} (such as {@code enrollment/}
     * for the newest year): search engines are told which address is the original.
     */
    public Page pageWithCanonical(String url, String canonicalUrl, String template, String title, String section,
                                  String description, Map<String, Object> content) {
        PageContext context = PageContext.of(url, title, section, description, site.baseUrl());
        return at(PageContext.fileFor(url), new PageContext(context.path(), context.root(), title, section, description,
                site.baseUrl() + canonicalUrl), template, content);
    }

    /** A page served for any missing address: its links start from the site's base path. */
    public Page notFound(String template, String title) {
        PageContext context = new PageContext("404.html", site.basePath(), title, "", "", site.baseUrl() + "404.html");
        return at("404.html", context, template, Map.of());
    }

    private Page at(String file, PageContext context, String template, Map<String, Object> content) {
        return new Page(file, template, context.canonicalUrl(), model(context, content));
    }

    private Map<String, Object> model(PageContext context, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("site", site);
        model.put("t", labels);
        model.put("page", context);
        model.put("theme", extras);
        return model;
    }
}
