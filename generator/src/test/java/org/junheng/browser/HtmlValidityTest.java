package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junheng.publish.DemoBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu HTML checker finds no error in any page or stylesheet of the demo county. */
class HtmlValidityTest {

    @Test
    void everyPageAndStylesheetOfTheDemoCountyIsValid() throws Exception {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.errors(DemoBuild.output());

        assertThat(errors).as(() -> errors.size() + " errors, the first ones:\n" + errors.stream().limit(30)
                .map(NuHtmlChecker.Message::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void theCheckerReadsEveryPageAndStylesheetInTheFolder(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("schools/2199010001"));
        Files.writeString(folder.resolve("schools/2199010001/index.html"), """
                <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>学校</title></head>
                <body><main><p>一<div>二</div></p></main></body></html>""");
        Files.writeString(folder.resolve("site.css"), "main { colour: red; }");

        List<NuHtmlChecker.Message> errors = NuHtmlChecker.errors(folder);

        assertThat(errors).extracting(NuHtmlChecker.Message::url)
                .anyMatch(url -> url.endsWith("schools/2199010001/index.html"))
                .anyMatch(url -> url.endsWith("site.css"));
    }
}
