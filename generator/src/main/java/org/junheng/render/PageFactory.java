package org.junheng.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junheng.content.County;
import org.junheng.content.Locality;
import org.junheng.content.Ownership;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.indicators.Outcome;
import org.junheng.indicators.Text;

/**
 * Makes pages in one language with what every page's layout needs: the site, the interface text
 * and the page context. View code asks it for every text a reader sees, so that the same code
 * writes the Chinese pages and their English twins under {@code en/}.
 */
public final class PageFactory {

    private final SiteInfo site;
    private final PageLanguage language;
    private final Map<String, String> labels;
    private final ThemeExtras extras;
    private final SchoolNames names;
    private final byte[] interfaceDigest;

    public PageFactory(SiteInfo site, Map<String, String> labels) {
        this(site, PageLanguage.CHINESE, labels, ThemeExtras.NONE, Map.of());
    }

    public PageFactory(SiteInfo site, PageLanguage language, Map<String, String> labels, ThemeExtras extras,
                       Map<String, String> pinyinOverrides) {
        this.site = site;
        this.language = language;
        this.labels = new DigestedMap(labels);
        this.extras = extras;
        this.names = new SchoolNames(new PinyinIndex(pinyinOverrides));
        this.interfaceDigest = ModelDigest.bytesOfValue(java.util.List.of(language, this.labels, extras));
    }

    /** A digest of what every page in this language reads beyond its own content: the language, its labels, the theme's extras. */
    byte[] interfaceDigest() {
        return interfaceDigest.clone();
    }

    public String label(String key) {
        String text = labels.get(key);
        if (text == null) {
            throw new IllegalStateException("interface text has no label '" + key + "'");
        }
        return text;
    }

    /** A label with its {@code {name}} placeholders filled: {@code label("zones.found", "n", 3)}. */
    public String label(String key, Object... namesAndValues) {
        String text = label(key);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    /** Every interface text of this language, by key. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The site as the Chinese pages show it (addresses, names for feeds and data). */
    public SiteInfo site() {
        return site;
    }

    public PageLanguage language() {
        return language;
    }

    public boolean english() {
        return language.english();
    }

    /** The text of a bilingual value in this page's language. */
    public String text(Text text) {
        return english() ? ChineseRuns.markRuns(text.en()) : text.zh();
    }

    /** English text that may quote Chinese words: on English pages, each Chinese run is marked. */
    public String quoting(String english) {
        return english() ? ChineseRuns.markRuns(english) : english;
    }

    /** Chinese or English as this page's language needs. */
    public String text(String zh, String en) {
        return english() ? en : zh;
    }

    /** A value given only in Chinese (a town, a document title): marked as Chinese on English pages. */
    public String chinese(String text) {
        return english() ? ChineseRuns.mark(text) : text;
    }

    /** A school's name; on English pages the Chinese name marked as Chinese, followed by its pinyin. */
    public String schoolName(String name) {
        return english() ? names.english(name) : name;
    }

    /** A school, or one stage of a school with several: 青岚县实验学校（初中）, or on English pages its name and pinyin, junior secondary. */
    public String schoolPart(org.junheng.indicators.SchoolPartResult part) {
        return english() ? schoolName(part.school().name()) + ", " + stageInText(part.stage()) : part.name().zh();
    }

    /** The same, for chart labels, where no markup can go: pinyin on English pages. */
    public String schoolPartInChart(org.junheng.indicators.SchoolPartResult part) {
        return english() ? schoolNameInChart(part.school().name()) + ", " + stageInText(part.stage()) : part.name().zh();
    }

    /** A school's name for chart labels, where no markup can go: its pinyin on English pages. */
    public String schoolNameInChart(String name) {
        return romanised(name);
    }

    /** A Chinese name where no markup can go (chart labels, drop-down options): its pinyin on English pages. */
    public String romanised(String name) {
        return english() ? names.pinyin(name) : name;
    }

    public String stage(Stage stage) {
        return text(stage.chinese(), stage.english());
    }

    /** A stage inside a phrase: 小学 / primary (lower case in English). */
    public String stageInText(Stage stage) {
        return text(stage.chinese(), stage.english().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A county's name; on English pages its English name, or where the configuration gives none, its
     * Chinese name marked as Chinese and followed by its pinyin, as a school's is.
     */
    public String county(County county) {
        if (!english()) {
            return county.name();
        }
        return county.nameEn().equals(county.name()) ? names.english(county.name()) : ChineseRuns.mark(county.nameEn());
    }

    public String type(SchoolType type) {
        return text(type.chinese(), type.english());
    }

    public String locality(Locality locality) {
        return text(locality.chinese(), locality.english());
    }

    public String ownership(Ownership ownership) {
        return text(ownership.chinese(), ownership.english());
    }

    public String outcome(Outcome outcome) {
        return text(outcome.chinese(), outcome.english());
    }

    /** An outcome as shown: words with a symbol, so that colour never carries the meaning alone. */
    public Status status(Outcome outcome) {
        String symbol = switch (outcome) {
            case MET -> "✓ ";
            case NOT_MET -> "✗ ";
            default -> text("？", "? ");
        };
        return new Status(symbol + outcome(outcome), ResultFormat.css(outcome));
    }

    /** A school year by the year it starts: 2024—2025学年 / 2024–2025 school year. */
    public String schoolYear(int startYear) {
        return english() ? startYear + "–" + (startYear + 1) + " school year" : SchoolYears.label(startYear);
    }

    /** A calendar year: 2024年 / 2024. */
    public String year(int year) {
        return english() ? String.valueOf(year) : year + "年";
    }

    /** Items joined as a list: 甲、乙 / A, B. */
    public String list(Collection<String> items) {
        return items.stream().collect(Collectors.joining(punctuation("list")));
    }

    /** Text in brackets after what precedes it: （…） / " (…)". */
    public String bracketed(String text) {
        return punctuation("open") + text + punctuation("close");
    }

    /** The punctuation of this language: {@code colon}, {@code list} (、), {@code open}/{@code close} brackets. */
    public String punctuation(String key) {
        return label("p." + key);
    }

    /** A page at {@code url} (directory path within this language, "" for the home page). */
    public Page page(String url, String template, String title, String section, String description,
                     Map<String, Object> content) {
        return pageWithCanonical(url, url, template, title, section, description, content);
    }

    /**
     * A page at {@code url} whose model is made only when the page is written: for the pages a site
     * has one of per school, so that their models are made in parallel and never all held at once.
     * {@code content} must be safe to call from any thread.
     */
    public Page page(String url, String template, String title, String section, String description,
                     Supplier<Map<String, Object>> content) {
        return page(url, template, section, () -> new Head(title, description), content);
    }

    /**
     * The same, with the page's title and description also made when it is written: a national
     * site has hundreds of thousands of school pages, and their descriptions alone take a hundred
     * megabytes.
     */
    public Page page(String url, String template, String section, Supplier<Head> head,
                     Supplier<Map<String, Object>> content) {
        // the context is made with the model, so that a site's plan of pages holds no more than their addresses
        return new Page(language.prefix() + PageContext.fileFor(url), template, PageContext.canonicalUrl(language, url,
                site.baseUrl()), () -> {
                    Head made = head.get();
                    return model(PageContext.of(language, url, url, made.title(), section, made.description(),
                            site.baseUrl()), content.get());
                });
    }

    /** A page's title and the description search engines and link previews show. */
    public record Head(String title, String description) {
    }

    /**
     * A page at {@code url} that repeats the page at {@code canonicalUrl} (such as {@code enrollment/}
     * for the newest year): search engines are told which address is the original.
     */
    public Page pageWithCanonical(String url, String canonicalUrl, String template, String title, String section,
                                  String description, Map<String, Object> content) {
        PageContext context = PageContext.of(language, url, canonicalUrl, title, section, description,
                site.baseUrl());
        return at(language.prefix() + PageContext.fileFor(url), context, template, content);
    }

    /**
     * A page served for any missing address: its links start from the site's base path. It has no
     * canonical address of its own to give search engines (see {@link Page}).
     */
    public Page notFound(String template, String title, Map<String, Object> content) {
        PageContext context = new PageContext("404.html", site.basePath(), title, "", "", site.baseUrl() + "404.html",
                site.basePath(), language.code(), null);
        return new Page("404.html", template, "", model(context, content));
    }

    private Page at(String file, PageContext context, String template, Map<String, Object> content) {
        return new Page(file, template, context.canonicalUrl(), model(context, content));
    }

    private Map<String, Object> model(PageContext context, Map<String, Object> content) {
        Map<String, Object> model = new HashMap<>(content);
        model.put("site", site.in(language));
        model.put("t", labels);
        model.put("page", context);
        model.put("theme", extras);
        return model;
    }
}
