package org.junheng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** What the tests of the English pages read from a built site: the pages of each language and their texts. */
public final class EnglishPages {

    /** Han characters, CJK punctuation and full-width forms: none of them belongs in English text. */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    private EnglishPages() {
    }

    /** Every HTML page under {@code folder}, relative to it with "/" separators, sorted. */
    public static List<String> pages(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Chinese pages of a built site: every page outside {@code en/}, except the shared 404 page. */
    public static List<String> chinesePages(Path site) {
        return pages(site).stream().filter(p -> !p.startsWith("en/") && !p.equals("404.html")).toList();
    }

    public static List<String> englishPages(Path site) {
        return pages(site.resolve("en"));
    }

    public static Document parse(Path file) {
        try {
            return Jsoup.parse(Files.readString(file), file.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each run of Chinese in the page's body text that is not inside an element marked
     * {@code lang="zh-CN"}, with the text it stands in (for the failure message).
     */
    public static List<String> unmarkedChinese(Document page) {
        List<String> found = new ArrayList<>();
        collect(page.body(), found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Element element) {
            if (element.attr("lang").equals("zh-CN") || element.tagName().equals("script")
                    || element.tagName().equals("style")) {
                return;
            }
            element.childNodes().forEach(child -> collect(child, found));
        } else if (node instanceof TextNode text) {
            Matcher chinese = CHINESE.matcher(text.text());
            while (chinese.find()) {
                found.add(chinese.group() + "  in «" + text.text().strip() + "»");
            }
        }
    }

    /** Unmarked Chinese of every English page, counted by text, most frequent first — a translator's to-do list. */
    public static TreeMap<String, List<String>> unmarkedChineseByPage(Path site) {
        TreeMap<String, List<String>> byPage = new TreeMap<>();
        for (String page : englishPages(site)) {
            List<String> found = unmarkedChinese(parse(site.resolve("en").resolve(page)));
            if (!found.isEmpty()) {
                byPage.put("en/" + page, found);
            }
        }
        return byPage;
    }
}
