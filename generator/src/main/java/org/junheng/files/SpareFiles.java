package org.junheng.files;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The files a build's staging folder starts with: the output the last build replaced, kept with those
 * of its files that the last build published unchanged, each the very file (a hard link) now published
 * at the same path. A writer asks here before it makes a file in a staging folder: a spare file at its
 * path is either the one it was going to carry over, and stays, or it is unlinked first, so that
 * nothing is ever written into a file that is also published. The spare files no writer asked for are
 * not part of the new build and are deleted ({@link #finish}) before the build is compared and scanned.
 *
 * <p>Linking every unchanged file into an empty staging folder and deleting the replaced output's
 * files after the swap were two system calls a file on every rebuild, most of its time spent on the
 * file system at 50,000 schools and more. Writers reach this through {@link ParentFolders#creating}
 * and {@code CarriedFile}, so a staging folder's files are registered here by its path rather than
 * handed down to each of them.
 */
public final class SpareFiles {

    private static final Map<Path, SpareFiles> BY_STAGING = new ConcurrentHashMap<>();

    private final Path staging;
    private final String stagingPrefix;
    private final String publishedPrefix;
    private final KeyTable paths;
    private final BitSet present;
    private final AtomicLongArray claimed;

    private SpareFiles(Path staging, Path published, KeyTable paths, BitSet present) {
        this.staging = staging;
        this.stagingPrefix = staging + File.separator;
        this.publishedPrefix = published + File.separator;
        this.paths = paths;
        this.present = present;
        this.claimed = new AtomicLongArray((paths.size() + 63) / 64);
    }

    /**
     * Registers the spare files of {@code staging}: those of {@code paths} (the files published at
     * {@code published}, by relative path) whose index is set in {@code present}.
     */
    public static void register(Path staging, Path published, KeyTable paths, BitSet present) {
        BY_STAGING.put(staging, new SpareFiles(staging, published, paths, present));
    }

    /** Forgets the spare files of {@code staging}, which is published or thrown away. */
    public static void forget(Path staging) {
        BY_STAGING.remove(staging);
    }

    /** Deletes the spare files of {@code staging} no writer asked for, and forgets the rest, now the build's own. */
    public static void finish(Path staging) {
        SpareFiles spare = BY_STAGING.remove(staging);
        if (spare == null) {
            return;
        }
        for (int index = spare.present.nextSetBit(0); index >= 0; index = spare.present.nextSetBit(index + 1)) {
            if (spare.claim(index)) {
                Path file = spare.staging.resolve(spare.paths.pathAt(index));
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + file + ", which the new build did not make", e);
                }
            }
        }
    }

    /**
     * True if the spare file at {@code target} is {@code published} itself, and is left in place for the
     * writer carrying it over: {@code published} is at the same path of the published output, and the
     * caller found it with the stamp the last build recorded (see the site's {@code BuildCache}), so it
     * is the very file kept. Any other spare file at {@code target} is deleted, and false returned.
     */
    public static boolean reuse(Path published, Path target) throws IOException {
        SpareFiles spare = of(target);
        if (spare == null) {
            return false;
        }
        String path = spare.relative(target);
        if (!spare.claim(path)) {
            return false;
        }
        if (published.toString().equals(spare.publishedPrefix + path)) {
            return true;
        }
        Files.deleteIfExists(target);
        return false;
    }

    /** Deletes the spare file at {@code target}, if one is there and no writer asked for it before. */
    public static void clear(Path target) throws IOException {
        SpareFiles spare = of(target);
        if (spare != null && spare.claim(spare.relative(target))) {
            Files.deleteIfExists(target);
        }
    }

    /** Deletes the spare files standing where folders of {@code target}'s must go; true if there were any. */
    public static boolean clearAncestors(Path target) throws IOException {
        SpareFiles spare = of(target);
        if (spare == null) {
            return false;
        }
        String path = spare.relative(target);
        boolean cleared = false;
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            String folder = path.substring(0, slash);
            if (spare.claim(folder)) {
                Files.deleteIfExists(spare.staging.resolve(folder));
                cleared = true;
            }
        }
        return cleared;
    }

    /** Deletes the spare files under {@code folder} that no writer asked for, so that a file can take its place. */
    public static void clearUnder(Path folder) throws IOException {
        SpareFiles spare = of(folder);
        if (spare == null) {
            return;
        }
        String prefix = spare.relative(folder) + "/";
        for (int index = spare.paths.firstAtOrAfter(prefix); index < spare.paths.size(); index++) {
            String path = spare.paths.pathAt(index);
            if (!path.startsWith(prefix)) {
                break;
            }
            if (spare.present.get(index) && spare.claim(index)) {
                Files.deleteIfExists(spare.staging.resolve(path));
            }
        }
    }

    private static SpareFiles of(Path target) {
        if (BY_STAGING.isEmpty()) {
            return null;
        }
        String text = target.toString();
        for (SpareFiles spare : BY_STAGING.values()) {
            if (text.startsWith(spare.stagingPrefix)) {
                return spare;
            }
        }
        return null;
    }

    private String relative(Path target) {
        String path = target.toString().substring(stagingPrefix.length());
        return File.separatorChar == '/' ? path : path.replace(File.separatorChar, '/');
    }

    private boolean claim(String path) {
        int index = paths.indexOf(path);
        return index >= 0 && present.get(index) && claim(index);
    }

    /** True if this call claimed spare file {@code index}, false if it was claimed before. */
    private boolean claim(int index) {
        long bit = 1L << index;
        int word = index >>> 6;
        while (true) {
            long before = claimed.get(word);
            if ((before & bit) != 0) {
                return false;
            }
            if (claimed.compareAndSet(word, before, before | bit)) {
                return true;
            }
        }
    }
}
