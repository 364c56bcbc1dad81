package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.junheng.parallel.Parallel;
import org.junheng.render.CarriedFile;

/**
 * Before a staged build is swapped in, every staged file whose bytes equal the published file
 * at the same path is replaced by that published file (a hard link, see {@link CarriedFile}).
 * The new output then shares every unchanged file with the old one — same bytes, same
 * modification time — and only what really changed looks new to rsync, a CI cache or a deploy.
 * Folders left with no file in them are removed: a build starts from the folders of the output
 * it replaces (see {@link OutputFolder}), and those it did not fill are not part of this build.
 */
final class UnchangedFiles {

    private UnchangedFiles() {
    }

    /**
     * What carrying over left in the staging folder.
     *
     * @param written             the paths (relative, sorted) that are new or changed
     * @param stamps              every staged file's stamp (see {@link FileStamps}), by path
     * @param notAsPublished      the paths (sorted) of the staged files that are not the very files the last
     *                            build published (same identity, size and modification time as it recorded),
     *                            which the output scan reads; every path if nothing is published
     * @param keptEveryPublished  whether every file the last build published has a staged file at its path
     */
    record Staged(List<String> written, NavigableMap<String, String> stamps, List<String> notAsPublished,
                  boolean keptEveryPublished) {
    }

    /**
     * Carries over the unchanged files, comparing them on {@code threads} threads, and removes empty folders.
     *
     * @param recorded the stamps the last build recorded of the files it published (see {@link BuildCache})
     */
    static Staged carryOver(Path staging, Path published, Map<String, String> recorded, int threads) {
        FileStamps.Listing listing = FileStamps.list(staging, threads);
        removeEmpty(listing.emptyFolders());
        Map<String, BasicFileAttributes> files = listing.files();
        List<Map.Entry<String, BasicFileAttributes>> entries = new ArrayList<>(files.entrySet());
        // nothing published yet (a first build): every file is new, and asking for each one's published
        // twin would throw tens of thousands of exceptions to say so
        boolean publishedThere = Files.isDirectory(published);
        List<Outcome> outcomes = publishedThere
                ? Parallel.map(threads, entries, entry -> compare(staging.resolve(entry.getKey()), entry.getValue(),
                        published.resolve(entry.getKey()), recorded.get(entry.getKey())))
                : entries.stream().map(entry -> new Outcome(true, FileStamps.of(entry.getValue()), null)).toList();
        List<String> written = new ArrayList<>();
        List<String> notAsPublished = new ArrayList<>();
        NavigableMap<String, String> stamps = new TreeMap<>();
        int publishedPaths = 0;
        for (int i = 0; i < entries.size(); i++) {
            String path = entries.get(i).getKey();
            Outcome outcome = outcomes.get(i);
            stamps.put(path, outcome.stamp());
            if (outcome.written()) {
                written.add(path);
            }
            if (!outcome.asPublished()) {
                notAsPublished.add(path);
            }
            if (outcome.publishedPath()) {
                publishedPaths++;
            }
        }
        return new Staged(Collections.unmodifiableList(written), Collections.unmodifiableNavigableMap(stamps),
                Collections.unmodifiableList(notAsPublished), publishedThere && publishedPaths == recorded.size());
    }

    private static void removeEmpty(List<Path> folders) {
        try {
            for (Path folder : folders) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an empty folder of the new build", e);
        }
    }

    /**
     * A staged file after comparing: whether it is new or changed, its stamp now, whether that is the stamp
     * the last build recorded for its path, and whether the last build recorded one.
     */
    private record Outcome(boolean written, String stamp, boolean asPublished, boolean publishedPath) {

        Outcome(boolean written, String stamp, String recorded) {
            this(written, stamp, stamp.equals(recorded), recorded != null);
        }
    }

    private static Outcome compare(Path file, BasicFileAttributes staged, Path old, String recorded) {
        String stamp = FileStamps.of(staged);
        if (stamp.equals(recorded)) {
            // the very file the last build published (the stamp names it), carried over by this build: asking
            // the published twin of each of some 70,000 such files was a fifth of a one-school rebuild's carrying over
            return new Outcome(false, stamp, recorded);
        }
        try {
            BasicFileAttributes before;
            try {
                before = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return new Outcome(true, stamp, recorded);
            } catch (FileSystemException e) {
                if (Files.isDirectory(old.getParent())) {
                    throw e;
                }
                return new Outcome(true, stamp, recorded); // a file was published where this build has a folder
            }
            if (!before.isRegularFile()) {
                return new Outcome(true, stamp, recorded);
            }
            if (staged.fileKey() != null ? Objects.equals(staged.fileKey(), before.fileKey()) : Files.isSameFile(file, old)) {
                return new Outcome(false, stamp, recorded); // carried over already, as a page not rendered again
            }
            if (staged.size() == before.size() && Files.mismatch(file, old) == -1) {
                Files.delete(file);
                CarriedFile.carry(old, file);
                return new Outcome(false, FileStamps.of(file), recorded);
            }
            return new Outcome(true, stamp, recorded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare the new build's " + file + " with " + old, e);
        }
    }
}
