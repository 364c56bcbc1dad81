package org.junheng.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junheng.content.Problem;
import org.junheng.content.SourceLocation;
import org.junheng.files.KeptPerThread;
import org.junheng.files.Utf8Reader;
import org.junheng.parallel.Parallel;

/**
 * Scans a built site before it is published: every internal link and anchor must resolve,
 * and no page may load anything (style, script, image, frame, font) from another host —
 * through an attribute, a {@code srcset}, an inline {@code style} or {@code <style>} rule, a
 * stylesheet or an SVG file. Links that a reader follows to another host are allowed; loads
 * are not, and neither are elements that redirect the page, re-base its links or send a
 * form to another host.
 */
public final class OutputScanner {

    private static final Set<String> IGNORED_SCHEMES = Set.of("mailto", "tel");
    /** Each scanning thread's buffers for reading pages back, kept from one page to the next. */
    private static final KeptPerThread<Utf8Reader> READERS = new KeptPerThread<>(Utf8Reader::new,
            Utf8Reader::capacity, 4 << 20);
    /** A URL that names its scheme ({@code https:}, {@code data:}…): not a relative address. */
    private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\")]*)\\1\\s*\\)|@import\\s+(['\"])([^'\"]*)\\3", Pattern.CASE_INSENSITIVE);

    private final int threads;

    /** A scanner that reads pages on one thread. */
    public OutputScanner() {
        this(1);
    }

    /** A scanner that reads pages on {@code threads} threads; the problems found are the same. */
    public OutputScanner(int threads) {
        this.threads = threads;
    }

    /**
     * Scans every HTML page of {@code out}; page paths in problems are relative to it. Each page
     * is parsed once and let go: only its ids and its links to an anchor on another page are kept,
     * and those anchors are looked up at the end.
     */
    public List<Problem> scan(Path out) {
        return scanAll(out, OutputTree.of(out));
    }

    /**
     * Scans a build that is to replace the output {@code published}, except the files it carried over
     * as they were published: files of {@code published}, scanned when they were published, whose own
     * content passed then. Their links still resolve as long as no published file is missing from
     * {@code out} and no changed page has lost an id it had. If either happened, every file is scanned.
     *
     * @param files              the build's regular files (site-relative, with '/'), listed already: a
     *                           listing saves a walk of a folder of tens of thousands of files. Folders of
     *                           {@code out} with no file in them must have been removed.
     * @param notAsPublished     those of {@code files} that are not the very files published; if that is
     *                           all of them, nothing was carried over and every file is scanned
     * @param keptEveryPublished whether every file of {@code published} is among {@code files}
     */
    public List<Problem> scan(Path out, NavigableSet<String> files, List<String> notAsPublished, Path published,
                              boolean keptEveryPublished) {
        OutputTree tree = OutputTree.of(out, files);
        if (notAsPublished.size() >= files.size()) {
            return scanAll(out, tree);
        }
        Scanned scanned = scanPages(tree, out, withExtension(notAsPublished, ".html"), Optional.of(published));
        Map<String, PageScan> scans = scanned.eventful();
        List<String> styles = withExtension(notAsPublished, ".css");
        List<String> svgs = withExtension(notAsPublished, ".svg");
        if (!(keptEveryPublished && scanned.keptPublishedIds())) {
            Set<String> scannedNow = new HashSet<>(notAsPublished);
            Predicate<String> carried = path -> !scannedNow.contains(path);
            scans.putAll(scanPages(tree, out, tree.files(".html", carried), Optional.empty()).eventful());
            styles = tree.files(".css", path -> true);
            svgs = tree.files(".svg", path -> true);
        }
        return problems(out, scans, styles, svgs);
    }

    private List<Problem> scanAll(Path out, OutputTree tree) {
        Map<String, PageScan> scans = scanPages(tree, out, tree.files(".html", path -> true), Optional.empty())
                .eventful();
        return problems(out, scans, tree.files(".css", path -> true), tree.files(".svg", path -> true));
    }

    /**
     * The problems of the pages scanned ({@code scans}, their anchors on other pages looked up now),
     * then those of the style sheets and SVG files at {@code styles} and {@code svgs}, which are scanned now.
     */
    private List<Problem> problems(Path out, Map<String, PageScan> scans, List<String> styles, List<String> svgs) {
        Map<String, Set<String>> anchors = new ConcurrentHashMap<>();
        List<String> targets = scans.values().stream().flatMap(scan -> scan.pending().stream())
                .map(PendingAnchor::target).distinct().sorted().toList();
        // the targets are read again for their ids rather than every page's ids kept: a few pages are targets
        // (the data dictionary, a county's partnerships), and a national site's ids were hundreds of megabytes
        Parallel.forEach(threads, targets, target -> anchors.put(target,
                Files.isRegularFile(out.resolve(target)) ? ids(out.resolve(target)) : Set.of()));
        List<Problem> problems = new ArrayList<>();
        new java.util.TreeMap<>(scans).forEach((path, scan) -> problems.addAll(scan.problems(anchors)));
        Map<String, List<Problem>> fileProblems = new ConcurrentHashMap<>();
        Parallel.forEach(threads, styles, path -> {
            List<Problem> found = new ArrayList<>();
            cssLoads(path, read(out.resolve(path)), "CSS", found);
            fileProblems.put(path, found);
        });
        Parallel.forEach(threads, svgs, path -> {
            List<Problem> found = new ArrayList<>();
            Document svg = Jsoup.parse(read(out.resolve(path)), "", Parser.xmlParser());
            PageParts.of(svg).reportLoads(path, found);
            for (Element script : svg.select("script")) {
                found.add(problem(path, "<script>", "output.unsafe-element", "SVG 文件中有脚本",
                        "删除 SVG 中的 <script>"));
            }
            fileProblems.put(path, found);
        });
        styles.forEach(path -> problems.addAll(fileProblems.get(path)));
        svgs.forEach(path -> problems.addAll(fileProblems.get(path)));
        return problems;
    }

    /**
     * What scanning pages found: the scans of the pages with problems or links to anchors on other
     * pages, by path (the others are not kept: a national site has hundreds of thousands), and
     * whether every page scanned still has each id its published version had.
     */
    private record Scanned(Map<String, PageScan> eventful, boolean keptPublishedIds) {
    }

    /**
     * The HTML pages of {@code out} at {@code pages} (site-relative), scanned on the scanner's threads;
     * each compared with its published version in {@code comparedTo}, if given, for the ids it had.
     */
    private Scanned scanPages(OutputTree tree, Path out, List<String> pages, Optional<Path> comparedTo) {
        Map<String, PageScan> scans = new ConcurrentHashMap<>();
        AtomicBoolean keptIds = new AtomicBoolean(true);
        Parallel.forEach(threads, pages, path -> {
            PlainBlocks.Stripped page = stripped(out.resolve(path));
            PageScan scan = scanPage(tree, path, parse(page), page.ids(), comparedTo.map(before -> before.resolve(path)));
            if (!scan.problems().isEmpty() || !scan.pending().isEmpty()) {
                scans.put(path, scan);
            }
            if (!scan.keptPublishedIds()) {
                keptIds.set(false);
            }
        });
        return new Scanned(scans, keptIds.get());
    }

    /**
     * One walk over the page's elements, sorting what it finds into loads, unsafe elements, links
     * and ids: a page with inline charts has thousands of elements, and walking them once per
     * kind was most of the scan's time. Problems keep the order of the kinds, then of the page.
     */
    private static PageScan scanPage(OutputTree tree, String path, Document page, List<String> plainSvgIds,
                                     Optional<Path> published) {
        PageParts parts = PageParts.of(page);
        parts.ids().addAll(plainSvgIds);
        List<Problem> problems = new ArrayList<>();
        List<PendingAnchor> pending = new ArrayList<>();
        parts.reportLoads(path, problems);
        for (Element element : parts.unsafe()) {
            unsafeElement(path, element, problems);
        }
        if (!path.equals("404.html")) { // served at any address, so its links start from the base path
            for (Element link : parts.links()) {
                checkLink(tree, path, link.attr("href"), parts.ids(), problems, pending);
            }
        }
        boolean keptPublishedIds = published.filter(Files::isRegularFile)
                .map(before -> parts.ids().containsAll(ids(before))).orElse(true);
        return new PageScan(problems, pending, keptPublishedIds);
    }

    /** A page's elements of interest to the scan, each kind in the order of the page. */
    private record PageParts(List<Element> loads, List<Element> sourceSets, List<Element> styled,
                             List<Element> styleSheets, List<Element> unsafe, List<Element> links, Set<String> ids) {

        private static final Set<String> LOADING_SRC = Set.of("script", "img", "iframe", "embed", "source", "video",
                "audio");
        private static final Pattern NOT_A_LOAD = Pattern.compile("canonical|alternate|license");
        private static final Pattern REFRESH = Pattern.compile("(?i)refresh");

        static PageParts of(Document page) {
            PageParts parts = new PageParts(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new HashSet<>());
            for (Element element : page.getAllElements()) {
                parts.sort(element);
            }
            return parts;
        }

        private void sort(Element element) {
            String tag = element.normalName();
            if (isLoad(tag, element)) {
                loads.add(element);
            }
            if (element.hasAttr("srcset")) {
                sourceSets.add(element);
            }
            if (element.hasAttr("style")) {
                styled.add(element);
            }
            switch (tag) {
                case "style" -> styleSheets.add(element);
                case "base" -> unsafe.add(element);
                case "meta" -> {
                    if (REFRESH.matcher(element.attr("http-equiv")).find()) {
                        unsafe.add(element);
                    }
                }
                case "form" -> {
                    if (element.hasAttr("action")) {
                        unsafe.add(element);
                    }
                }
                case "a" -> {
                    if (element.hasAttr("href")) {
                        links.add(element);
                    }
                }
                default -> {
                }
            }
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
        }

        private static boolean isLoad(String tag, Element element) {
            return switch (tag) {
                case "link" -> element.hasAttr("href") && !NOT_A_LOAD.matcher(element.attr("rel")).find();
                case "object" -> element.hasAttr("data");
                case "image", "use" -> element.hasAttr("href") || element.hasAttr("xlink:href");
                case "a" -> false;
                default -> LOADING_SRC.contains(tag) && element.hasAttr("src") || element.hasAttr("xlink:href");
            };
        }

        void reportLoads(String path, List<Problem> problems) {
            for (Element element : loads) {
                String url = element.hasAttr("src") ? element.attr("src")
                        : element.hasAttr("data") ? element.attr("data")
                        : element.hasAttr("href") ? element.attr("href") : element.attr("xlink:href");
                if (isRemote(url)) {
                    remoteLoad(path, url, element.tagName(), problems);
                }
            }
            for (Element element : sourceSets) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String url = candidate.strip().split("\\s+")[0];
                    if (isRemote(url)) {
                        remoteLoad(path, url, element.tagName() + " srcset", problems);
                    }
                }
            }
            for (Element element : styled) {
                cssLoads(path, element.attr("style"), element.tagName() + " style", problems);
            }
            for (Element style : styleSheets) {
                cssLoads(path, style.data(), "<style>", problems);
            }
        }
    }

    private static Document parse(PlainBlocks.Stripped page) {
        return Parser.htmlParser().parseInput(page.text(), "");
    }

    private static Set<String> ids(Path file) {
        PlainBlocks.Stripped page = stripped(file);
        Set<String> ids = parse(page).select("[id]").stream().map(Element::id)
                .collect(Collectors.toCollection(HashSet::new));
        ids.addAll(page.ids());
        return ids;
    }

    /**
     * What one page's scan found: its problems, its links to anchors on other pages (checked at the
     * end), and whether it still has each id its published version had (true if there is none).
     */
    private record PageScan(List<Problem> problems, List<PendingAnchor> pending, boolean keptPublishedIds) {

        /** The problems in the order of the page, with each link to a missing anchor in its place. */
        List<Problem> problems(Map<String, Set<String>> anchors) {
            List<Problem> all = new ArrayList<>();
            int next = 0;
            for (PendingAnchor link : pending) {
                all.addAll(problems.subList(next, link.position()));
                next = link.position();
                if (!anchors.getOrDefault(link.target(), Set.of()).contains(link.fragment())) {
                    all.add(link.problem());
                }
            }
            all.addAll(problems.subList(next, problems.size()));
            return all;
        }
    }

    /** A link to {@code #fragment} on page {@code target}; {@code position} is where its problem goes. */
    private record PendingAnchor(int position, String target, String fragment, Problem problem) {
    }

    private static void cssLoads(String path, String css, String where, List<Problem> problems) {
        if (!mentions(css, "url(") && !mentions(css, "@import")) { // most style attributes are a chart's colours
            return;
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String target = url.group(2) != null ? url.group(2) : url.group(4);
            if (isRemote(target)) {
                remoteLoad(path, target, where, problems);
            }
        }
    }

    private static void remoteLoad(String path, String url, String where, List<Problem> problems) {
        problems.add(problem(path, url, "output.remote-load", "页面从其他网站加载内容（" + where + "）",
                "把文件放进站点，或删除这一引用"));
    }

    private static void unsafeElement(String path, Element element, List<Problem> problems) {
        boolean localForm = element.tagName().equals("form") && !isRemote(element.attr("action"));
        if (!localForm) {
            problems.add(problem(path, element.outerHtml().lines().findFirst().orElse(""),
                    "output.unsafe-element", "页面中有跳转、改写链接基准或把表单发往其他网站的元素（"
                            + element.tagName() + "）", "从模板中删除这个元素"));
        }
    }

    private static void checkLink(OutputTree tree, String page, String href, Set<String> ownAnchors,
                                  List<Problem> problems, List<PendingAnchor> pending) {
        if (href.isEmpty() || isRemote(href) || hasIgnoredScheme(href)) {
            return;
        }
        if (href.startsWith("/") || SCHEME.matcher(href).lookingAt()) {
            problems.add(problem(page, href, "output.absolute-link", "站内链接不是相对地址，站点放在子路径下时会失效",
                    "用相对地址"));
            return;
        }
        String fragment = "";
        String target = href;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            target = target.substring(0, hash);
        }
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        String resolved = target.isEmpty() ? page : resolve(page, target);
        OutputTree.Kind kind = resolved == null ? OutputTree.Kind.MISSING : tree.kind(resolved);
        if (kind == OutputTree.Kind.MISSING) {
            problems.add(problem(page, href, "output.broken-link", "站内链接指向不存在的页面", "改正链接"));
            return;
        }
        if (kind == OutputTree.Kind.FOLDER) {
            // not replaceAll("/?$", "/"): on "dir/" it matches twice and gives "dir//"
            resolved = resolved.isEmpty() || resolved.endsWith("/") ? resolved + "index.html" : resolved + "/index.html";
        }
        if (!fragment.isEmpty() && resolved.endsWith(".html")) {
            Problem broken = problem(page, href, "output.broken-anchor", "链接指向的锚点在目标页面中不存在", "改正 # 后的锚点");
            if (!resolved.equals(page)) {
                pending.add(new PendingAnchor(problems.size(), resolved, fragment, broken));
            } else if (!ownAnchors.contains(fragment)) {
                problems.add(broken);
            }
        }
    }

    /**
     * The site-relative path that the relative address {@code target} leads to from {@code page}, as a
     * browser resolves it; null if it climbs above the site's root or cannot be decoded. Resolved
     * segment by segment rather than through {@link java.net.URI}: a URI per link was a tenth of the scan.
     */
    static String resolve(String page, String target) {
        String decoded = target;
        if (target.indexOf('%') >= 0 || target.indexOf('+') >= 0) { // else the decoder gives it back as it is
            try {
                decoded = URLDecoder.decode(target, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        // the folders so far, each followed by '/': the page's own, without its name
        StringBuilder path = new StringBuilder(page.length() + decoded.length() + 1);
        path.append(page, 0, page.lastIndexOf('/') + 1);
        for (int start = 0; ; ) {
            int slash = decoded.indexOf('/', start);
            boolean last = slash < 0;
            int end = last ? decoded.length() : slash;
            boolean dot = end - start == 1 && decoded.charAt(start) == '.';
            boolean dotDot = end - start == 2 && decoded.charAt(start) == '.' && decoded.charAt(start + 1) == '.';
            if (!dot && !dotDot) {
                if (end > start || last) { // "a//b" is "a/b", as a static host serves it
                    path.append(decoded, start, end).append('/');
                }
            } else {
                if (dotDot) {
                    if (path.length() == 0) {
                        return null;
                    }
                    path.setLength(path.lastIndexOf("/", path.length() - 2) + 1);
                }
                if (last) {
                    path.append('/'); // "dir/.." and "dir/." name a folder
                }
            }
            if (last) {
                break;
            }
            start = end + 1;
        }
        return path.length() == 0 ? "" : path.substring(0, path.length() - 1);
    }

    /** True if {@code text} holds {@code word} in any case: the pattern above only ever matches where this holds. */
    private static boolean mentions(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean isRemote(String url) {
        String trimmed = url.strip().toLowerCase(java.util.Locale.ROOT);
        return trimmed.startsWith("//") || trimmed.startsWith("http:") || trimmed.startsWith("https:")
                || trimmed.startsWith("ftp:");
    }

    private static boolean hasIgnoredScheme(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && IGNORED_SCHEMES.contains(url.substring(0, colon).toLowerCase(java.util.Locale.ROOT));
    }

    private static Problem problem(String page, String value, String rule, String message, String fix) {
        return Problem.error(SourceLocation.file(page), value, rule, message, fix);
    }

    /** Those of {@code paths} whose name ends with {@code extension} (any case), in their order. */
    private static List<String> withExtension(List<String> paths, String extension) {
        return paths.stream().filter(path -> OutputTree.hasExtension(path, extension)).toList();
    }

    /** The page at {@code file} with its plain blocks taken out. */
    private static PlainBlocks.Stripped stripped(Path file) {
        return withReader(reader -> {
            Utf8Reader.Bytes page = reader.bytes(file);
            return PlainBlocks.strip(page.array(), page.length());
        });
    }

    private static String read(Path file) {
        return withReader(reader -> reader.read(file));
    }

    /** Something read through a {@link Utf8Reader}. */
    @FunctionalInterface
    private interface Reading<T> {
        T from(Utf8Reader reader) throws IOException;
    }

    /** What {@code reading} reads through this thread's kept reader. */
    private static <T> T withReader(Reading<T> reading) {
        Utf8Reader reader = READERS.get();
        try {
            return reading.from(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            READERS.keep(reader);
        }
    }
}
