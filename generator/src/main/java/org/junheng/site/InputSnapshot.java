package org.junheng.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The modification times and sizes of a site's inputs. Two snapshots differ when anything
 * a build reads was added, removed or changed; comparing them is how preview notices edits.
 */
public record InputSnapshot(Map<String, String> files) {

    private static final String[] INPUTS = {"site-config.yml", "content", "templates", "assets"};

    public static InputSnapshot of(Path site) {
        Map<String, String> files = new TreeMap<>();
        for (String input : INPUTS) {
            Path path = site.resolve(input);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(path)) {
                all.filter(Files::isRegularFile).forEach(file -> files.put(file.toString(), stamp(file)));
            } catch (IOException | java.io.UncheckedIOException e) {
                files.put(path.toString(), "unreadable");
            }
        }
        return new InputSnapshot(files);
    }

    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
        } catch (IOException e) {
            return "gone";
        }
    }
}
