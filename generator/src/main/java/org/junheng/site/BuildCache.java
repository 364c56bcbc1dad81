package org.junheng.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junheng.render.PageCache;

/**
 * What the last build into an output folder left for the next one: the digest of its inputs,
 * the key every page was rendered from, and a stamp (size, modification time, file identity)
 * of every file it published. Kept in {@code .junheng-cache/builds/} of the site, one file per
 * output folder, never in the output itself.
 *
 * <p>A page is carried over only when its key is unchanged <em>and</em> its published file
 * still has the stamp recorded, so a file edited or replaced since is rendered again; and the
 * whole build is skipped only when the inputs are unchanged and every published file is as
 * recorded. The cache is keyed by {@code environment} — the generator's code and the site's
 * templates — and a different environment uses nothing of it.
 */
final class BuildCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path out;
    private final String environment;
    private final Optional<Manifest> last;

    /** What is stored: the environment and inputs digests, the site's page count, page keys and file stamps by path. */
    record Manifest(String environment, String inputs, int pageCount, SortedMap<String, String> pages,
                    SortedMap<String, String> files) {
    }

    private BuildCache(Path file, Path out, String environment, Optional<Manifest> last) {
        this.file = file;
        this.out = out;
        this.environment = environment;
        this.last = last;
    }

    static BuildCache open(Path site, Path out, String environment) {
        Path file = site.resolve(".junheng-cache/builds").resolve(new Digest().text(out.toString()).hex() + ".json");
        Optional<Manifest> last = Optional.empty();
        if (Files.isRegularFile(file) && Files.isDirectory(out)) {
            try {
                last = Optional.of(JSON.readValue(file.toFile(), Manifest.class))
                        .filter(manifest -> environment.equals(manifest.environment()));
            } catch (IOException | RuntimeException e) {
                // an unreadable cache is no cache: everything is built afresh
            }
        }
        return new BuildCache(file, out, environment, last);
    }

    /** True when the output is exactly what the last build wrote from these same inputs. */
    boolean upToDate(String inputs) {
        return last.filter(manifest -> manifest.inputs().equals(inputs))
                .filter(manifest -> stamps(out).equals(manifest.files())).isPresent();
    }

    /** How many pages the last build wrote. */
    int lastPageCount() {
        return last.map(Manifest::pageCount).orElse(0);
    }

    /** The published pages a build may carry over: those with the same key whose file is as it was written. */
    PageCache pages() {
        return (path, key) -> {
            if (last.isEmpty() || !key.equals(last.get().pages().get(path))) {
                return Optional.empty();
            }
            Path published = out.resolve(path);
            return stamp(published).equals(last.get().files().get(path)) ? Optional.of(published) : Optional.empty();
        };
    }

    /** Records the output just published; a cache that cannot be written only costs the next build time. */
    void save(String inputs, int pageCount, Map<String, String> pageKeys) {
        Manifest manifest = new Manifest(environment, inputs, pageCount, new TreeMap<>(pageKeys), stamps(out));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".manifest", ".tmp");
            JSON.writeValue(temporary.toFile(), manifest);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale manifest is still safe: its stamps no longer match the files it described
            }
        }
    }

    private static SortedMap<String, String> stamps(Path folder) {
        SortedMap<String, String> stamps = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return stamps;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file ->
                    stamps.put(folder.relativize(file).toString().replace('\\', '/'), stamp(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return stamps;
    }

    /** Size, modification time to the nanosecond and file identity: what changes whenever a file is written. */
    static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":"
                    + attributes.fileKey();
        } catch (IOException e) {
            return "missing";
        }
    }
}
