package org.junheng.site;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches what a build reads — {@code site-config.yml}, {@code content/}, {@code templates/},
 * {@code assets/} — and calls back on every change. It watches the site folder but never
 * enters the output or the cache, so the builds it triggers do not trigger it again.
 */
final class InputWatcher implements AutoCloseable {

    private static final List<String> INPUT_FOLDERS = List.of("content", "templates", "assets");

    private final DirectoryWatcher watcher;

    private InputWatcher(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    static InputWatcher start(Path site, Runnable changed) {
        try {
            DirectoryWatcher watcher = DirectoryWatcher.builder()
                    .path(site)
                    .fileTreeVisitor(inputsOnly(site))
                    .fileHashing(false)
                    .logger(NOPLogger.NOP_LOGGER)
                    .listener(event -> {
                        // an overflow means events were lost: anything may have changed
                        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
                                || event.path() != null && isInput(site, event.path())) {
                            changed.run();
                        }
                    })
                    .build();
            watcher.watchAsync();
            return new InputWatcher(watcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + site + " for changes", e);
        }
    }

    static boolean isInput(Path site, Path path) {
        if (!path.startsWith(site) || path.equals(site)) {
            return false;
        }
        Path relative = site.relativize(path);
        String first = relative.getName(0).toString();
        return relative.getNameCount() == 1 ? first.equals(SiteConfigLoader.FILE) || INPUT_FOLDERS.contains(first)
                : INPUT_FOLDERS.contains(first);
    }

    /** Visits the site folder itself and the input folders below it, nothing else. */
    private static FileTreeVisitor inputsOnly(Path site) {
        return (start, onDirectory, onFile) -> Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                if (!directory.equals(site) && !isInput(site, directory)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                onDirectory.call(directory);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (isInput(site, file)) {
                    onFile.call(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted while being looked at: the next event tells
            }
        });
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // the watch ends either way
        }
    }
}
