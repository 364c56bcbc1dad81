package org.junheng.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import freemarker.template.Configuration;
import freemarker.cache.TemplateLoader;
import java.io.Reader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interface text of one language, from the theme's {@code i18n/{lang}.yml}, so that a
 * site can reword any label by overriding that one file.
 */
public final class Labels {

    private Labels() {
    }

    public static Map<String, String> load(Configuration theme, String language) {
        try {
            // Read through the theme's loader so that a site's own file takes precedence.
            TemplateLoader loader = theme.getTemplateLoader();
            Object source = loader.findTemplateSource("i18n/" + language + ".yml");
            if (source == null) {
                throw new IOException("not found");
            }
            try (Reader reader = loader.getReader(source, "UTF-8")) {
                Map<String, String> labels = new YAMLMapper().readValue(reader, new TypeReference<>() {
                });
                return new TreeMap<>(labels);
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("interface text i18n/" + language + ".yml cannot be read", e);
        }
    }
}
