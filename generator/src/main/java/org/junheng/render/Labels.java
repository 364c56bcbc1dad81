package org.junheng.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interface text of one language, from the theme's {@code i18n/{lang}.yml}. A site's own
 * file of that name is laid over the built-in one, so it needs to hold only the labels it
 * rewords; every other label keeps the built-in text.
 */
public final class Labels {

    private Labels() {
    }

    public static Map<String, String> load(Configuration theme, String language) {
        String name = "i18n/" + language + ".yml";
        Map<String, String> labels = new TreeMap<>();
        boolean found = false;
        try {
            // Built-in theme first, the site's own file last, so that the site's wording wins.
            for (TemplateLoader loader : layersFromThemeToSite(theme.getTemplateLoader())) {
                found |= readInto(loader, name, labels);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("interface text " + name + " cannot be read", e);
        }
        if (!found) {
            throw new UncheckedIOException("interface text " + name + " cannot be read", new IOException("not found"));
        }
        return labels;
    }

    private static List<TemplateLoader> layersFromThemeToSite(TemplateLoader loader) {
        List<TemplateLoader> layers = new ArrayList<>();
        if (loader instanceof MultiTemplateLoader multi) {
            for (int i = multi.getTemplateLoaderCount() - 1; i >= 0; i--) {
                layers.add(multi.getTemplateLoader(i));
            }
        } else {
            layers.add(loader);
        }
        return layers;
    }

    private static boolean readInto(TemplateLoader loader, String name, Map<String, String> labels)
            throws IOException {
        Object source = loader.findTemplateSource(name);
        if (source == null) {
            return false;
        }
        try (Reader reader = loader.getReader(source, "UTF-8")) {
            Map<String, String> layer = new YAMLMapper().readValue(reader, new TypeReference<>() {
            });
            if (layer != null) {
                labels.putAll(layer);
            }
            return true;
        } finally {
            loader.closeTemplateSource(source);
        }
    }
}
