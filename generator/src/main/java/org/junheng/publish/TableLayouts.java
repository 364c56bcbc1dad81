package org.junheng.publish;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junheng.files.KeptFiles;
import org.junheng.files.Sha256;
import org.junheng.files.WholeFile;
import org.junheng.publish.TableForms.FileLayout;
import org.junheng.publish.TableForms.Placed;

/**
 * Where the pieces of each table's files stand, kept in the site's build cache
 * ({@code .junheng-cache/table-layouts/}) by the table's key, for the next build to copy unchanged
 * pieces from the published files (see {@link TableForms}). A table's key decides its files' bytes,
 * so a layout is true of any file written from that key by the same code: a layout is named by both,
 * written once, whole (see {@link WholeFile}), and read only for files the build cache says are still
 * the ones written from that key. A layout that cannot be read is no layout: the pieces are formatted.
 */
public final class TableLayouts {

    /** No layouts: every piece is formatted. */
    static final TableLayouts NONE = new TableLayouts(Optional.empty(), "");

    private static final String SUFFIX = ".layout";
    private static final int FORMAT = 1;

    private final Optional<Path> folder;
    private final String code;

    private TableLayouts(Optional<Path> folder, String code) {
        this.folder = folder;
        this.code = code;
    }

    /** @param code a digest of the generator's code, which decides where a table's pieces land */
    public static TableLayouts in(Path folder, String code) {
        return new TableLayouts(Optional.of(folder), code);
    }

    /** The layout of the files written from {@code tableKey}, by the end of their path after the table's name. */
    Optional<Map<String, FileLayout>> read(String tableKey) {
        if (folder.isEmpty() || !Files.isRegularFile(file(tableKey))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(tableKey))))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            Map<String, FileLayout> files = new TreeMap<>();
            for (int f = in.readInt(); f > 0; f--) {
                String suffix = in.readUTF();
                long size = in.readLong();
                List<Placed> pieces = new ArrayList<>();
                for (int p = in.readInt(); p > 0; p--) {
                    pieces.add(new Placed(in.readUTF(), in.readLong(), in.readLong()));
                }
                files.put(suffix, new FileLayout(size, pieces));
            }
            return atEnd(in) ? Optional.of(files) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Keeps the layout of the files written from {@code tableKey}, unless it is kept already. A layout
     * that cannot be written only costs the next build the formatting.
     */
    void keep(String tableKey, Map<String, FileLayout> files) {
        if (folder.isEmpty() || Files.isRegularFile(file(tableKey))) {
            return;
        }
        try {
            WholeFile.replace(file(tableKey), stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(FORMAT);
                out.writeInt(files.size());
                for (Map.Entry<String, FileLayout> file : new TreeMap<>(files).entrySet()) {
                    out.writeUTF(file.getKey());
                    out.writeLong(file.getValue().size());
                    out.writeInt(file.getValue().pieces().size());
                    for (Placed piece : file.getValue().pieces()) {
                        out.writeUTF(piece.key());
                        out.writeLong(piece.offset());
                        out.writeLong(piece.length());
                    }
                }
                out.flush();
            });
        } catch (IOException e) {
            // not kept: the next build formats the table's pieces
        }
    }

    /** Deletes the layouts of tables whose keys are not in {@code keep}, and any file a build left half-written. */
    void prune(Collection<String> keep) {
        folder.ifPresent(kept -> KeptFiles.keepOnly(kept,
                keep.stream().map(key -> file(key).getFileName().toString()).collect(Collectors.toSet())));
    }

    private Path file(String tableKey) {
        return folder.orElseThrow().resolve(Sha256.hex(Sha256.digest()
                .digest((code + "\n" + tableKey).getBytes(StandardCharsets.UTF_8))) + SUFFIX);
    }

    private static boolean atEnd(InputStream in) throws IOException {
        try {
            return in.read() < 0;
        } catch (EOFException e) {
            return true;
        }
    }
}
