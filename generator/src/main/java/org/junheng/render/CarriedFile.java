package org.junheng.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junheng.files.ParentFolders;

/**
 * Puts a file already published into the build being written, without writing its bytes again:
 * a hard link where the file system allows it (same file, same modification time, so a deploy
 * by rsync or a CI cache sees nothing new), otherwise a copy that keeps the modification time.
 */
public final class CarriedFile {

    private CarriedFile() {
    }

    public static void carry(Path published, Path target) {
        try {
            try {
                ParentFolders.creating(target, () -> Files.createLink(target, published));
            } catch (NoSuchFileException e) {
                throw e; // the published file is gone: not a file system without links
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.copy(published, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot carry " + published + " over into " + target, e);
        }
    }
}
