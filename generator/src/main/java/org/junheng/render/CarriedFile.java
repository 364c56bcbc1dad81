package org.junheng.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junheng.files.ParentFolders;
import org.junheng.files.SpareFiles;

/**
 * Puts a file already published into the build being written, without writing its bytes again:
 * a hard link where the file system allows it (same file, same modification time, so a deploy
 * by rsync or a CI cache sees nothing new), otherwise a copy that keeps the modification time.
 * Where the build's folder already holds that very file, kept from the output it replaces (see
 * {@link SpareFiles}), it is left as it is.
 */
public final class CarriedFile {

    private CarriedFile() {
    }

    public static void carry(Path published, Path target) {
        try {
            if (SpareFiles.reuse(published, target)) {
                return;
            }
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
