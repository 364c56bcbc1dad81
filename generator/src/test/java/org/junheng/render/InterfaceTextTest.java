package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The English interface text says everything the Chinese one says, and nothing in Chinese. */
class InterfaceTextTest {

    private static final Path I18N = Path.of("..", "templates", "i18n");

    @Test
    void theEnglishLabelsHaveExactlyTheKeysOfTheChineseLabels() throws IOException {
        assertThat(read("en.yml").keySet()).containsExactlyInAnyOrderElementsOf(read("zh-CN.yml").keySet());
    }

    @Test
    void noEnglishLabelIsWrittenInChinese() throws IOException {
        Map<String, String> english = read("en.yml");
        // the zone lookup's placeholder shows what a reader may type, which is Chinese
        english.remove("zones.search-placeholder");
        assertThat(english).allSatisfy((key, text) -> assertThat(ChineseRuns.hasChinese(text)).as(key).isFalse());
    }

    private static Map<String, String> read(String name) throws IOException {
        return new YAMLMapper().readValue(I18N.resolve(name).toFile(), new TypeReference<java.util.TreeMap<String, String>>() {
        });
    }
}
