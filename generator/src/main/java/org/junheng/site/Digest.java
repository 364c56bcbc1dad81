package org.junheng.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junheng.files.Sha256;

/** A SHA-256 fed with texts and files, each preceded by its length so that no two inputs read alike. */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        sha = Sha256.digest();
    }

    Digest text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    Digest bytes(byte[] bytes) {
        length(bytes.length);
        sha.update(bytes);
        return this;
    }

    /** The file's bytes, or a mark that it is missing. */
    Digest file(Path file) {
        if (!Files.isRegularFile(file)) {
            return text("(missing)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            length(Files.size(file));
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every file under {@code folder} (if it exists) by its relative path, in a fixed order. */
    Digest tree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return text("(no folder)");
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(folder)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        length(files.size());
        for (Path file : files) {
            text(folder.relativize(file).toString().replace('\\', '/'));
            file(file);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void length(long length) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            sha.update((byte) (length >>> shift));
        }
    }
}
