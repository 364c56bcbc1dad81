package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junheng.render.CarriedFile;

/**
 * Before a staged build is swapped in, every staged file whose bytes equal the published file
 * at the same path is replaced by that published file (a hard link, see {@link CarriedFile}).
 * The new output then shares every unchanged file with the old one — same bytes, same
 * modification time — and only what really changed looks new to rsync, a CI cache or a deploy.
 */
final class UnchangedFiles {

    private UnchangedFiles() {
    }

    /** Carries over the unchanged files; returns the paths (relative, sorted) that are new or changed. */
    static List<String> carryOver(Path staging, Path published) {
        List<String> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = staging.relativize(file).toString().replace('\\', '/');
                Path old = published.resolve(path);
                if (!Files.isRegularFile(old)) {
                    written.add(path);
                } else if (Files.isSameFile(file, old)) {
                    continue; // carried over already, as a page that was not rendered again
                } else if (Files.size(file) == Files.size(old) && Files.mismatch(file, old) == -1) {
                    Files.delete(file);
                    CarriedFile.carry(old, file);
                } else {
                    written.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare the new build with " + published, e);
        }
        return written;
    }
}
