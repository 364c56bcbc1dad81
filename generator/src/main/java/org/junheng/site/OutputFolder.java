package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junheng.files.KeyTable;
import org.junheng.files.SpareFiles;
import org.junheng.parallel.Parallel;

/**
 * A build is written into a fresh folder beside the output and swapped in only when it is
 * complete, so a failed or killed build never leaves a half-written site where the old one was.
 * Folders left behind by a killed build are cleared by the next one; if a build was killed in
 * the instant between moving the old output aside and moving the new one in, the next build
 * first puts the old output back.
 *
 * <p>The output a build replaces is not deleted whole. Its files that the new build published
 * unchanged (the very same files, hard links of one another) are kept, the rest deleted, and the
 * folder is kept beside the output ({@code .{output name}.spare}) for the next build to start from
 * (see {@link SpareFiles}): each kept file is one that build would otherwise link in, each folder
 * one it would otherwise make. The spare folder lists the new build's files it does not hold, with
 * the stamp of the build cache's manifest that recorded them; a next build that finds another
 * manifest, or none, deletes the spare files and keeps the folders. Making and removing a folder
 * costs a hundred times what a file does on a journalling file system, and linking and deleting
 * every unchanged file were two system calls a file on every rebuild of a national site.
 */
final class OutputFolder {

    private static final String BUILDING = "building";
    private static final String PREVIOUS = "previous";
    private static final String SPARE = "spare";
    /** Kept in a spare folder: its format, the stamp of the manifest it was kept for, the files it does not hold. */
    private static final String SPARE_LIST = ".junheng-spare";
    private static final String SPARE_FORMAT = "junheng spare 1";

    /** Folders this process is writing now; any other folder of this process is a leftover. */
    private static final Set<Path> ACTIVE = ConcurrentHashMap.newKeySet();

    private final Path out;
    private final long runStarted = System.currentTimeMillis();

    OutputFolder(Path out, Path site) {
        this.out = out;
        if (site.startsWith(out)) {
            throw new IllegalArgumentException("the output folder " + out + " contains the site itself; choose another --out");
        }
        for (String input : new String[] {"content", "templates", "assets"}) {
            if (out.startsWith(site.resolve(input))) {
                throw new IllegalArgumentException("the output folder " + out + " is inside the site's " + input + "/");
            }
        }
    }

    /**
     * A folder to build in: the spare folder the last build left, if no other build took it, or a new
     * one. The spare files are kept for the build if they are those the cache's manifest recorded
     * ({@code published}, its file stamped {@code manifestStamp}); otherwise they are deleted.
     */
    Path newStaging(Map<String, String> published, String manifestStamp) {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, prefix(BUILDING));
            ACTIVE.add(staging);
            // its name kept for the spare folder, taken by one rename that only one build can win
            Files.delete(staging);
            try {
                move(spareFolder(), staging);
            } catch (IOException none) {
                Files.createDirectory(staging);
                return staging;
            }
            Path list = staging.resolve(SPARE_LIST);
            Optional<BitSet> present = presentFiles(list, published, manifestStamp);
            Files.deleteIfExists(list);
            if (present.isPresent()) {
                SpareFiles.register(staging, out, (KeyTable) published, present.get());
            } else {
                deleteFiles(staging);
            }
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + out, e);
        }
    }

    /** Which of the published files the spare folder holds, by their index in {@code published}; none if not known. */
    private static Optional<BitSet> presentFiles(Path list, Map<String, String> published, String manifestStamp) {
        if (!(published instanceof KeyTable table) || table.isEmpty() || !Files.isRegularFile(list)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // an unreadable list is no list: the spare files are deleted
        }
        if (lines.size() < 2 || !lines.get(0).equals(SPARE_FORMAT) || !lines.get(1).equals(manifestStamp)) {
            return Optional.empty();
        }
        BitSet present = new BitSet(table.size());
        present.set(0, table.size());
        for (String missing : lines.subList(2, lines.size())) {
            int index = table.indexOf(missing);
            if (index < 0) {
                return Optional.empty();
            }
            present.clear(index);
        }
        return Optional.of(present);
    }

    /**
     * Replaces the output with the staged build: two renames on one file system. Returns the output
     * replaced, moved aside, for {@link #keepSpare}.
     */
    Optional<Path> publish(Path staging) {
        try {
            Path previous = null;
            if (Files.exists(out)) {
                previous = Files.createTempDirectory(out.getParent(), prefix(PREVIOUS));
                ACTIVE.add(previous);
                Files.delete(previous);
                move(out, previous);
            }
            move(staging, out);
            ACTIVE.remove(staging);
            SpareFiles.forget(staging);
            return Optional.ofNullable(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new build in place at " + out, e);
        }
    }

    /**
     * Keeps the replaced output {@code previous} as the next build's spare folder: of its files, those
     * the new output ({@code staged}) carried over as published, that is, the very files now published;
     * the rest are deleted. It is deleted whole if a spare folder is there already or the new build's
     * manifest, which then lists every staged file, was not saved.
     */
    void keepSpare(Path previous, UnchangedFiles.Staged staged, String manifestStamp) {
        keep(previous, staged, new HashSet<>(staged.notAsPublished()), staged.notAsPublished(), manifestStamp);
    }

    /**
     * Keeps a rehearsal's staging folder, carried over but not published, as the next build's spare
     * folder: of its files ({@code staged}), those that are the very files published, as the manifest
     * the rehearsal read recorded them ({@code recorded}, whose file is stamped {@code manifestStamp}).
     * The live preview rehearses its builds before the first edit, which would otherwise start from
     * nothing.
     */
    void keepRehearsed(Path staging, UnchangedFiles.Staged staged, Set<String> recorded, String manifestStamp) {
        Set<String> notAsPublished = new HashSet<>(staged.notAsPublished());
        List<String> missing = recorded.stream()
                .filter(path -> !staged.stamps().containsKey(path) || notAsPublished.contains(path)).toList();
        keep(staging, staged, notAsPublished, missing, manifestStamp);
    }

    /**
     * Keeps the files of {@code folder} that {@code staged} carried over as published (all but
     * {@code notAsPublished}), and lists the files of the manifest the next build will read that it does
     * not hold ({@code missing}).
     */
    private void keep(Path folder, UnchangedFiles.Staged staged, Set<String> notAsPublished, List<String> missing,
                      String manifestStamp) {
        try {
            if (Files.exists(spareFolder()) || manifestStamp.equals(FileStamps.MISSING)) {
                delete(folder);
                return;
            }
            NavigableMap<String, String> stamps = staged.stamps();
            if (notAsPublished.size() == stamps.size() || missing.stream().anyMatch(path -> path.indexOf('\n') >= 0)) {
                deleteFiles(folder);
            } else {
                deleteFiles(folder, path -> {
                    if (stamps.containsKey(path)) {
                        return notAsPublished.contains(path) ? Entry.OTHER : Entry.KEPT;
                    }
                    String inside = stamps.ceilingKey(path + "/");
                    return inside != null && inside.startsWith(path + "/") ? Entry.FOLDER : Entry.OTHER;
                });
                List<String> lines = new ArrayList<>();
                lines.add(SPARE_FORMAT);
                lines.add(manifestStamp);
                lines.addAll(missing);
                Files.write(folder.resolve(SPARE_LIST), lines, StandardCharsets.UTF_8);
            }
            move(folder, spareFolder());
        } catch (IOException | RuntimeException e) {
            delete(folder);
        } finally {
            ACTIVE.remove(folder);
        }
    }

    private Path spareFolder() {
        return out.resolveSibling("." + out.getFileName() + "." + SPARE);
    }

    /** {@code .{output name}.{kind}-{process id}-}: the process id tells a live build's folder from a dead one's. */
    private String prefix(String kind) {
        return "." + out.getFileName() + "." + kind + "-" + ProcessHandle.current().pid() + "-";
    }

    /**
     * Clears what builds killed part-way left beside the output: folders older than this run
     * whose process is gone. A live build's folders, in this process or another, are left alone.
     * If the output itself is missing because a build died while swapping, the previous output
     * is put back first — so even a build that then fails leaves the last published site in place.
     */
    void recoverFromInterruptedBuilds() {
        if (!Files.isDirectory(out.getParent())) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            stale = siblings.filter(this::isStale).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look beside " + out, e);
        }
        if (!Files.exists(out)) {
            stale.stream().filter(folder -> kind(folder).equals(PREVIOUS))
                    .max(Comparator.comparing(OutputFolder::modified))
                    .ifPresent(previous -> {
                        try {
                            move(previous, out);
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot restore the previous output " + previous, e);
                        }
                    });
        }
        for (Path folder : stale) {
            delete(folder);
        }
        delete(out.resolveSibling("." + out.getFileName() + ".folders")); // the empty folders earlier builds kept
    }

    private boolean isStale(Path folder) {
        String name = folder.getFileName().toString();
        String start = "." + out.getFileName() + ".";
        if (!name.startsWith(start) || !Files.isDirectory(folder) || kind(folder).isEmpty()) {
            return false;
        }
        String[] parts = name.substring(start.length()).split("-");
        if (parts.length < 3 || !parts[1].matches("\\d{1,19}")) {
            return modified(folder) < runStarted; // a folder from before process ids were recorded
        }
        long owner = Long.parseLong(parts[1]);
        boolean ownerBuilding = owner == ProcessHandle.current().pid() ? ACTIVE.contains(folder)
                : ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false);
        return !ownerBuilding && modified(folder) < runStarted;
    }

    private String kind(Path folder) {
        String rest = folder.getFileName().toString().substring(out.getFileName().toString().length() + 2);
        return rest.startsWith(BUILDING + "-") ? BUILDING : rest.startsWith(PREVIOUS + "-") ? PREVIOUS : "";
    }

    private static long modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Deletes a staging folder that will not be published, after {@code failure} (null if none)
     * stopped its build. If the folder cannot be deleted then, the failure stays the one reported,
     * with this added to it, and the next build clears the folder (see {@link #recoverFromInterruptedBuilds}).
     */
    static void discard(Path staging, Throwable failure) {
        try {
            delete(staging);
        } catch (RuntimeException | Error e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        } finally {
            ACTIVE.remove(staging);
            SpareFiles.forget(staging);
        }
    }

    static void delete(Path folder) {
        try {
            for (Path directory : deleteFiles(folder)) {
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }

    /** What a path under a folder being emptied is known to be. */
    private enum Entry {
        /** A file to keep. */
        KEPT,
        /** A folder, descended into without trying to delete it as a file. */
        FOLDER,
        /** Anything else: deleted if it is a file, descended into if it is a folder. */
        OTHER
    }

    /** Deletes every file under {@code folder} and returns its folders, each after everything inside it. */
    private static List<Path> deleteFiles(Path folder) {
        return deleteFiles(folder, path -> Entry.OTHER);
    }

    /**
     * Deletes every file under {@code folder} but those {@code known} to be kept, by their path relative to
     * it, and returns its folders, each after everything inside it.
     */
    private static List<Path> deleteFiles(Path folder, Function<String, Entry> known) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new ArrayList<>();
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            deleteFile(folder);
            return new ArrayList<>();
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
        // a large site's previous output is hundreds of thousands of files: deleted on every core
        List<Path> directories = new ArrayList<>();
        Parallel.map(Runtime.getRuntime().availableProcessors(), entries, entry -> {
            List<Path> under = new ArrayList<>();
            deleteFilesUnder(entry, entry.getFileName().toString(), known, under);
            return under;
        }).forEach(directories::addAll);
        directories.add(folder);
        return directories;
    }

    /**
     * Deletes {@code path} if it is a file not {@code known} to be kept, else every such file under it, and
     * adds the folders at or under it to {@code directories}, each after everything inside it. A path not
     * known to be a folder is first unlinked as if it were a file, which a folder refuses: asking what
     * each path is before deleting it, as a walk does, was one system call a file more, a seventh of
     * deleting a 50,000-school output.
     */
    private static void deleteFilesUnder(Path path, String relative, Function<String, Entry> known,
                                         List<Path> directories) {
        Entry entry = known.apply(relative);
        if (entry == Entry.KEPT || entry == Entry.OTHER && path.toFile().delete()) {
            return; // kept, or a file, a link, or an empty folder, which the next build would make again if it needs it
        }
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(path)) {
            for (Path child : inside) {
                deleteFilesUnder(child, relative + "/" + child.getFileName(), known, directories);
            }
        } catch (NotDirectoryException e) {
            deleteFile(path); // a file that would not go: this says why
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
        directories.add(path);
    }

    private static void deleteFile(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
