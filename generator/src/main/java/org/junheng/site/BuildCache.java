package org.junheng.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.junheng.content.Problem;
import org.junheng.files.FileBytes;
import org.junheng.files.Sha256;
import org.junheng.files.WholeFile;
import org.junheng.render.PageCache;
import org.junheng.render.PageCache.FromInputs;
import org.junheng.render.PageCache.Published;

/**
 * What the last build into an output folder left for the next one: the digest of its inputs,
 * the key every page was rendered from, a stamp (size, modification time, file identity) of
 * every file it published, and the input keys of the pages that have them. Kept in
 * {@code .junheng-cache/builds/} of the site, a manifest (and its input keys beside it) per
 * output folder, never in the output itself.
 *
 * <p>A page is carried over only when its key — or its input key — is unchanged <em>and</em> its
 * published file (and every file its model made) still has the stamp recorded, so a file edited
 * or replaced since is made again; and the
 * whole build is skipped only when the inputs are unchanged and every published file is as
 * recorded. The cache is keyed by {@code environment} — the generator's code and the site's
 * templates — and a different environment uses nothing of it.
 */
final class BuildCache {

    private static final String FOLDER = ".junheng-cache";
    private static final String MANIFEST = ".manifest";
    private static final String INPUT_KEYS = ".inputs";

    private final Path file;
    private final Path site;
    private final Path out;
    private final String environment;
    private final Optional<Header> header;
    private final FutureTask<Optional<Manifest>> reading;
    private InputKeys lastInputKeys;

    /**
     * What is stored: the environment and inputs digests (see {@link InputDigest}), the attachments
     * the inputs digest covers, the warnings the content's checks found, the site's page count, the
     * keys of the pages and other files, and the stamps of the files published, by output path; and the
     * SHA-256 of the {@link InputKeys} file written with it.
     */
    record Manifest(String environment, String inputs, List<String> attachments, List<Problem> warnings,
                    int pageCount, Map<String, String> pages, Map<String, String> files,
                    String inputKeysDigest) {
    }

    /**
     * For the pages keyed by their inputs too, each one's input key and the other files its model
     * made. Kept in a file of its own beside the manifest and read only when a build renders: a
     * rebuild with nothing changed, which reads the manifest alone, need not parse them.
     */
    record InputKeys(Map<String, String> inputKeys, Map<String, List<String>> madeFiles) {

        static final InputKeys NONE = new InputKeys(Map.of(), Map.of());
    }

    /** The fields a manifest starts with: enough to tell that the inputs changed. */
    record Header(String environment, String inputs, List<String> attachments) {
    }

    private BuildCache(Path file, Path site, Path out, String environment, Optional<Header> header,
                       FutureTask<Optional<Manifest>> reading) {
        this.file = file;
        this.site = site;
        this.out = out;
        this.environment = environment;
        this.header = header;
        this.reading = reading;
    }

    /**
     * {@code entry} of the site's build cache, the one folder where every kind of kept work (manifests,
     * charts, rendered Markdown, open data, the heap size, the preview) has a folder or file of its own.
     */
    static Path in(Path site, String entry) {
        return site.resolve(FOLDER).resolve(entry);
    }

    /**
     * The cache of the last build into {@code out}. Only the start of its manifest is read here; the
     * rest — a key and a stamp for every file, 15 MB at 10,000 schools and a few tenths of a second to
     * parse — is read on a thread of its own while the build loads its content, and the first
     * question about a published file waits for it.
     */
    static BuildCache open(Path site, Path out, String environment) {
        Path file = in(site, "builds").resolve(new Digest().text(out.toString()).hex() + MANIFEST);
        Optional<Header> header = Files.isRegularFile(file) && Files.isDirectory(out)
                ? header(file).filter(start -> environment.equals(start.environment())) : Optional.empty();
        FutureTask<Optional<Manifest>> reading = new FutureTask<>(() -> header.flatMap(start -> manifest(file, start)));
        if (header.isPresent()) {
            Thread reader = new Thread(reading, "build manifest");
            reader.setDaemon(true);
            reader.start();
        } else {
            reading.run();
        }
        return new BuildCache(file, site, out, environment, header, reading);
    }

    private static Optional<Header> header(Path file) {
        try {
            return Optional.of(ManifestFiles.header(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable cache is no cache: everything is built afresh
        }
    }

    /** The whole manifest whose start is {@code start}; none if it is unreadable or of other inputs. */
    private static Optional<Manifest> manifest(Path file, Header start) {
        try {
            // the inputs' digest covers the environment: the same file as its start was read from
            return Optional.of(ManifestFiles.manifest(file))
                    .filter(manifest -> manifest.inputs().equals(start.inputs()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable cache is no cache: everything is built afresh
        }
    }

    /** The last build's manifest, once the thread reading it is done. */
    private Optional<Manifest> last() {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause()); // the reading itself turns any other failure into no cache
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * True when the output is exactly what the last build wrote from these same inputs:
     * {@code files} is {@link InputDigest#files}, completed here with the attachments that build used.
     * Inputs that differ are told from the manifest's start, without waiting for the rest.
     */
    boolean upToDate(String files, int threads) {
        return header.filter(start -> start.inputs().equals(InputDigest.withAttachments(files, site, start.attachments())))
                .flatMap(start -> last())
                .filter(manifest -> FileStamps.ofFolder(out, threads).equals(manifest.files())).isPresent();
    }

    /** The warnings the last build's checks found. */
    List<Problem> lastWarnings() {
        return last().map(Manifest::warnings).orElse(List.of());
    }

    /** How many pages the last build wrote. */
    int lastPageCount() {
        return last().map(Manifest::pageCount).orElse(0);
    }

    /** The published pages a build may carry over: those with the same key whose file is as it was written. */
    PageCache pages() {
        return new PageCache() {
            @Override
            public Optional<Path> previous(String path, String key) {
                if (last().isEmpty() || !key.equals(last().get().pages().get(path))) {
                    return Optional.empty();
                }
                return asWritten(path);
            }

            @Override
            public Optional<FromInputs> previousByInputs(String path, String inputKey) {
                if (last().isEmpty() || !inputKey.equals(lastInputKeys().inputKeys().get(path))) {
                    return Optional.empty();
                }
                Optional<Published> page = published(path);
                Map<String, Published> files = new HashMap<>();
                for (String file : lastInputKeys().madeFiles().getOrDefault(path, List.of())) {
                    Optional<Published> made = published(file);
                    if (made.isEmpty()) {
                        return Optional.empty();
                    }
                    files.put(file, made.get());
                }
                return page.map(published -> new FromInputs(published, files));
            }

            @Override
            public Optional<Published> lastWritten(String path) {
                return last().isEmpty() ? Optional.empty() : published(path);
            }

            private Optional<Published> published(String path) {
                String key = last().get().pages().get(path);
                return key == null ? Optional.empty() : asWritten(path).map(file -> new Published(file, key));
            }

            private Optional<Path> asWritten(String path) {
                Path published = out.resolve(path);
                boolean asWritten = FileStamps.of(published).equals(last().get().files().get(path));
                return asWritten ? Optional.of(published) : Optional.empty();
            }

            @Override
            public boolean published(String path, BasicFileAttributes attributes) {
                return last().isPresent() && FileStamps.of(attributes).equals(last().get().files().get(path));
            }
        };
    }

    /** The last build's input keys, read at the first call: none if their file is not the one its manifest names. */
    private synchronized InputKeys lastInputKeys() {
        if (lastInputKeys == null) {
            lastInputKeys = InputKeys.NONE;
            try {
                // about 100 MB at 200,000 schools: mapped rather than read onto the heap (see FileBytes)
                ByteBuffer bytes = FileBytes.of(inputKeysFile());
                MessageDigest digest = Sha256.digest();
                digest.update(bytes.duplicate());
                if (HexFormat.of().formatHex(digest.digest()).equals(last().get().inputKeysDigest())) {
                    lastInputKeys = ManifestFiles.inputKeys(bytes);
                }
            } catch (IOException | RuntimeException e) {
                // no input keys: every page is keyed by its model
            }
        }
        return lastInputKeys;
    }

    private Path inputKeysFile() {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - MANIFEST.length()) + INPUT_KEYS);
    }

    /** The stamps of the files the last build published (none if there was no last build), by path. */
    Map<String, String> publishedStamps() {
        return last().map(Manifest::files).orElse(Map.of());
    }

    /** The stamp of the manifest file as it is now (see {@link FileStamps}), which saving it changes. */
    String manifestStamp() {
        return FileStamps.of(file);
    }

    /**
     * Records the output just published; a cache that cannot be written only costs the next build time.
     *
     * @param published the stamps of the published files: those of the staged build, which moving
     *                  the staging folder into place does not change
     */
    void save(String inputs, List<String> attachments, List<Problem> warnings, int pageCount,
              Map<String, String> pageKeys, Map<String, String> published, Map<String, String> inputKeys,
              Map<String, List<String>> madeFiles) {
        try {
            // the input keys first: a manifest is only ever saved after the file its digest names; both are
            // written as they are made, never held whole (15 MB at 10,000 schools, so about 300 MB at 200,000)
            MessageDigest keys = Sha256.digest();
            WholeFile.replace(inputKeysFile(), out -> ManifestFiles.write(new InputKeys(inputKeys, madeFiles),
                    new DigestOutputStream(out, keys)));
            Manifest manifest = new Manifest(environment, inputs, attachments, warnings, pageCount, pageKeys,
                    published, HexFormat.of().formatHex(keys.digest()));
            WholeFile.replace(file, out -> ManifestFiles.write(manifest, out));
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a stale manifest is still safe: its stamps no longer match the files it described
            }
        }
    }
}
