package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junheng.parallel.Parallel;

/**
 * A build is written into a fresh folder beside the output and swapped in only when it is
 * complete, so a failed or killed build never leaves a half-written site where the old one was.
 * Folders left behind by a killed build are cleared by the next one; if a build was killed in
 * the instant between moving the old output aside and moving the new one in, the next build
 * first puts the old output back.
 *
 * <p>The output a build replaces is not deleted whole: its files are, and its empty folders are
 * kept beside the output ({@code .{output name}.folders}) for the next build to write into. Making
 * and removing a folder costs a hundred times what a file does on a journalling file system, and a
 * national site's output has tens of thousands of folders, nearly all the same from one build to
 * the next; the folders a build does not fill are removed before it is published (see
 * {@link UnchangedFiles}). Only empty folders are kept, so nothing published can be written through.
 */
final class OutputFolder {

    private static final String BUILDING = "building";
    private static final String PREVIOUS = "previous";
    private static final String FOLDERS = "folders";

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

    /** A folder to build in: the empty folders the last build left, if no other build took them, or a new one. */
    Path newStaging() {
        try {
            Path parent = out.getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, prefix(BUILDING));
            ACTIVE.add(staging);
            Files.delete(staging); // its name kept for the folders, taken by one rename that only one build can win
            try {
                move(emptyFolders(), staging);
            } catch (IOException none) {
                Files.createDirectory(staging);
            }
            return staging;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder beside " + out, e);
        }
    }

    /** Replaces the output with the staged build: two renames on one file system, the old copy deleted after. */
    void publish(Path staging) {
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
            if (previous != null) {
                keepFolders(previous);
                ACTIVE.remove(previous);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put the new build in place at " + out, e);
        }
    }

    /** Deletes the replaced output's files and keeps its folders for the next build, unless folders are kept already. */
    private void keepFolders(Path previous) throws IOException {
        if (Files.exists(emptyFolders())) {
            delete(previous);
            return;
        }
        deleteFiles(previous);
        try {
            move(previous, emptyFolders());
        } catch (IOException e) {
            delete(previous);
        }
    }

    private Path emptyFolders() {
        return out.resolveSibling("." + out.getFileName() + "." + FOLDERS);
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

    /** Deletes every file under {@code folder} and returns its folders, each after everything inside it. */
    private static List<Path> deleteFiles(Path folder) {
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
        Parallel.map(Runtime.getRuntime().availableProcessors(), entries, OutputFolder::deleteFilesUnder)
                .forEach(directories::addAll);
        directories.add(folder);
        return directories;
    }

    /**
     * Deletes {@code start} if it is a file, else every file under it, and returns the folders at or
     * under it, each after everything inside it. Each path is first unlinked as if it were a file,
     * which a folder refuses: asking what each path is before deleting it, as a walk does, was one
     * system call a file more, a seventh of deleting a 50,000-school output.
     */
    private static List<Path> deleteFilesUnder(Path start) {
        List<Path> directories = new ArrayList<>();
        deleteFilesUnder(start, directories);
        return directories;
    }

    private static void deleteFilesUnder(Path path, List<Path> directories) {
        if (path.toFile().delete()) {
            return; // a file, a link, or an empty folder, which the next build would make again if it needs it
        }
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(path)) {
            for (Path entry : inside) {
                deleteFilesUnder(entry, directories);
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
