package org.junheng.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a file of the output or of the chart cache on the guess that its folder is already there,
 * making the folder only when it is not. Most files go into a folder an earlier file made — tens of thousands of
 * chart tables share one — and making it "again" is a system call that takes the folder's lock:
 * at 10,000 schools those calls took seconds of a rebuild that carries every file over.
 */
public final class ParentFolders {

    private static final int MOST_PER_CALL = 1 << 20;

    private ParentFolders() {
    }

    /** Something that creates {@code file}, failing with {@link NoSuchFileException} when its folder is missing. */
    @FunctionalInterface
    public interface FileAction {
        void run() throws IOException;
    }

    /**
     * Writes {@code bytes} to {@code file} as a new file, making its folder if it is missing. A file
     * already there is replaced, never written into: in a build's folder it may be a hard link to a
     * published file.
     */
    public static void write(Path file, byte[] bytes) {
        try {
            creating(file, () -> writeNew(file, bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeNew(Path file, byte[] bytes) throws IOException {
        try {
            writeAll(file, ByteBuffer.wrap(bytes), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            Files.delete(file);
            writeAll(file, ByteBuffer.wrap(bytes), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * Writes what remains of {@code bytes} to {@code file}, opened with {@code options}, a megabyte a
     * call: {@code Files.write} writes 8 KB a call, seven calls for a school's profile. Not more,
     * because the JDK copies each call's bytes into a native buffer that the thread then keeps, and
     * a page listing every school of a national site is tens of megabytes.
     */
    public static void writeAll(Path file, ByteBuffer bytes, OpenOption... options) throws IOException {
        try (FileChannel channel = FileChannel.open(file, options)) {
            int end = bytes.limit();
            while (bytes.hasRemaining()) {
                bytes.limit(Math.min(end, bytes.position() + MOST_PER_CALL));
                channel.write(bytes);
                bytes.limit(end);
            }
        }
    }

    /**
     * Runs {@code creating}; if {@code file}'s folder was missing, makes it and runs {@code creating}
     * again. A build starts from the output it replaces, kept with its unchanged files (see
     * {@link SpareFiles}): a spare file at {@code file} is deleted first, never written into; a folder
     * where this build has a file is emptied of spare files and removed, and a spare file where one of
     * {@code file}'s folders must go is deleted, and {@code creating} runs again.
     */
    public static void creating(Path file, FileAction creating) throws IOException {
        SpareFiles.clear(file);
        try {
            creating.run();
        } catch (NoSuchFileException missing) {
            Files.createDirectories(file.getParent());
            creating.run();
        } catch (FileSystemException taken) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                SpareFiles.clearUnder(file);
                removeEmptyFolder(file);
            } else if (SpareFiles.clearAncestors(file)) {
                Files.createDirectories(file.getParent());
            } else {
                throw taken;
            }
            creating.run();
        }
    }

    /** Removes a folder with nothing but folders in it; one with a file in it fails, so no file is ever lost. */
    private static void removeEmptyFolder(Path folder) throws IOException {
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(folder)) {
            // each folder after the folders in it; a file left in one makes its removal fail
            folders = walk.filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : folders) {
            Files.delete(path);
        }
    }
}
