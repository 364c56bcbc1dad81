package org.junheng.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme a site is rendered with: the built-in theme inside the jar, with any file of the
 * same name in the site's own {@code templates/} or {@code assets/} taking its place.
 */
public final class Theme {

    static final String BUILT_IN = "/org/junheng/theme";
    private static final freemarker.template.Version FREEMARKER = Configuration.VERSION_2_3_34;

    private final Path siteRoot;
    private final Configuration configuration;

    public Theme(Path siteRoot) {
        this.siteRoot = siteRoot;
        this.configuration = configuration(siteRoot.resolve("templates"));
    }

    public Configuration configuration() {
        return configuration;
    }

    private static Configuration configuration(Path siteTemplates) {
        Configuration config = new Configuration(FREEMARKER);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            try {
                loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(Theme.class, BUILT_IN + "/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setLocalizedLookup(false);
        // one Theme serves one build: each template is found and parsed once, never re-checked
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        // Output must not depend on the machine: fixed locale, zone and number format.
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setObjectWrapper(ViewModelWrapper.of(FREEMARKER));
        return config;
    }

    /** What the site adds to the theme, for the layout to link. */
    public ThemeExtras extras() {
        return new ThemeExtras(Files.isRegularFile(siteRoot.resolve("assets").resolve(ThemeExtras.LOCAL_STYLESHEET)));
    }

    /**
     * The theme's screen stylesheet followed by the site's own, ready to sit inside a
     * {@code <style>} element: the page served at any missing address carries it inside itself,
     * since at an unknown depth, on a host whose path to the site is not known, no address of a
     * stylesheet can be trusted to resolve.
     */
    public String inlineStylesheet() {
        Map<String, byte[]> assets = assets();
        StringBuilder style = new StringBuilder(text(assets.get("css/site.css")));
        if (assets.containsKey(ThemeExtras.LOCAL_STYLESHEET)) {
            style.append('\n').append(text(assets.get(ThemeExtras.LOCAL_STYLESHEET)));
        }
        // "</" would end the <style> element early; in CSS "<\/" still reads as "</"
        return style.toString().replace("</", "<\\/");
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Every asset file by its path relative to {@code assets/}: the built-in ones, replaced
     * or joined by the site's own. Values are the bytes to write.
     */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        readTree(builtInAssets(), assets);
        Path siteAssets = siteRoot.resolve("assets");
        if (Files.isDirectory(siteAssets)) {
            readTree(siteAssets, assets);
        }
        return assets;
    }

    private static Path builtInAssets() {
        try {
            URI uri = Theme.class.getResource(BUILT_IN + "/assets").toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath(BUILT_IN + "/assets");
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("the built-in theme's assets cannot be read", e);
        }
    }

    private static void readTree(Path folder, Map<String, byte[]> into) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".")) {
                    into.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
