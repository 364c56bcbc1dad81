package org.junheng.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junheng.content.Problem;
import org.junheng.files.FileBytes;
import org.junheng.files.KeyTable;
import org.junheng.files.PathLists;

/**
 * The build cache's manifest and input keys as files: length-prefixed strings rather than JSON, and
 * the tables of keys, stamps and made files as the arrays they are held in, read back as views of the
 * file (mapped if it is large, see {@link FileBytes}) rather than parsed. At 10,000 schools the
 * manifest's JSON (15 MB) took 1.1–1.5 s to parse into sorted maps on a thread of its own while the
 * content loaded, and the input keys' JSON another 0.35 s; a no-op rebuild waits for the manifest.
 * Only the warnings, a handful of records, are kept as JSON inside it.
 */
final class ManifestFiles {

    /** Changed whenever the layout does, so that a file of another layout is no cache. */
    private static final int FORMAT = 0x4A480003;
    // a problem's derived properties (such as whether it is an error) are written, and not read back
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<Problem>> WARNINGS = new TypeReference<>() { };

    private ManifestFiles() {
    }

    /** The fields a manifest starts with; read alone to tell whether the inputs changed. */
    static BuildCache.Header header(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            return header(in);
        }
    }

    static BuildCache.Manifest manifest(Path file) throws IOException {
        ByteBuffer bytes = FileBytes.of(file);
        // unbuffered: the tables that follow are read from the buffer where this stream stopped
        DataInputStream in = new DataInputStream(FileBytes.stream(bytes));
        BuildCache.Header header = header(in);
        List<Problem> warnings = JSON.readValue(in.readNBytes(count(in)), WARNINGS);
        int pageCount = in.readInt();
        String inputKeysDigest = in.readUTF();
        KeyTable pages = KeyTable.read(bytes);
        KeyTable files = KeyTable.read(bytes);
        if (bytes.hasRemaining()) {
            throw new IOException("a manifest followed by something else");
        }
        return new BuildCache.Manifest(header.environment(), header.inputs(), header.attachments(), warnings,
                pageCount, pages, files, inputKeysDigest);
    }

    /** Writes {@code manifest} to {@code stream}, which it closes. */
    static void write(BuildCache.Manifest manifest, OutputStream stream) throws IOException {
        try (DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(FORMAT);
            out.writeUTF(manifest.environment());
            out.writeUTF(manifest.inputs());
            write(out, manifest.attachments());
            byte[] warnings = JSON.writeValueAsBytes(manifest.warnings());
            out.writeInt(warnings.length);
            out.write(warnings);
            out.writeInt(manifest.pageCount());
            out.writeUTF(manifest.inputKeysDigest());
            KeyTable.of(manifest.pages()).write(out);
            KeyTable.of(manifest.files()).write(out);
        }
    }

    /** The input keys at {@code bytes}' position, as views of it; bytes left over are an {@link IOException}. */
    static BuildCache.InputKeys inputKeys(ByteBuffer bytes) throws IOException {
        if (bytes.remaining() < Integer.BYTES || bytes.getInt() != FORMAT) {
            throw new IOException("input keys of another layout");
        }
        BuildCache.InputKeys keys = new BuildCache.InputKeys(KeyTable.read(bytes), PathLists.read(bytes));
        if (bytes.hasRemaining()) {
            throw new IOException("input keys followed by something else");
        }
        return keys;
    }

    /** Writes {@code inputKeys} to {@code stream}, which it closes. */
    static void write(BuildCache.InputKeys inputKeys, OutputStream stream) throws IOException {
        try (DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(FORMAT);
            KeyTable.of(inputKeys.inputKeys()).write(out);
            PathLists.of(inputKeys.madeFiles()).write(out);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new DataInputStream(new BufferedInputStream(in, 1 << 16));
    }

    private static BuildCache.Header header(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("a manifest of another layout");
        }
        String environment = in.readUTF();
        String inputs = in.readUTF();
        return new BuildCache.Header(environment, inputs, list(in));
    }

    private static void write(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            out.writeUTF(string);
        }
    }

    private static List<String> list(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> strings = new ArrayList<>(Math.min(count, 1 << 10));
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return List.copyOf(strings);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative count");
        }
        return count;
    }
}
