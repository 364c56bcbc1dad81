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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junheng.content.Problem;
import org.junheng.files.KeyTable;
import org.junheng.files.PathLists;

/**
 * The build cache's manifest and input keys as files: length-prefixed strings rather than JSON. At
 * 10,000 schools the manifest's JSON (15 MB) took 1.1–1.5 s to parse into sorted maps on a thread of
 * its own while the content loaded, and the input keys' JSON another 0.35 s; a no-op rebuild waits
 * for the manifest. Only the warnings, a handful of records, are kept as JSON inside it.
 */
final class ManifestFiles {

    /** Changed whenever the layout does, so that a file of another layout is no cache. */
    private static final int FORMAT = 0x4A480002;
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
        try (DataInputStream in = open(file)) {
            BuildCache.Header header = header(in);
            List<Problem> warnings = JSON.readValue(in.readNBytes(count(in)), WARNINGS);
            int pageCount = in.readInt();
            String inputKeysDigest = in.readUTF();
            Map<String, String> pages = keys(in);
            Map<String, String> files = keys(in);
            return new BuildCache.Manifest(header.environment(), header.inputs(), header.attachments(), warnings,
                    pageCount, pages, files, inputKeysDigest);
        }
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
            write(out, manifest.pages());
            write(out, manifest.files());
        }
    }

    /** Reads input keys from {@code stream}, which it leaves open, as far as they go. */
    static BuildCache.InputKeys inputKeys(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != FORMAT) {
            throw new IOException("input keys of another layout");
        }
        Map<String, String> keys = keys(in);
        int pages = count(in);
        PathLists.Builder made = new PathLists.Builder();
        for (int i = 0; i < pages; i++) {
            made.add(in.readUTF(), list(in));
        }
        return new BuildCache.InputKeys(keys, made.build());
    }

    /** Writes {@code inputKeys} to {@code stream}, which it closes. */
    static void write(BuildCache.InputKeys inputKeys, OutputStream stream) throws IOException {
        try (DataOutputStream out = new DataOutputStream(stream)) {
            out.writeInt(FORMAT);
            write(out, inputKeys.inputKeys());
            out.writeInt(inputKeys.madeFiles().size());
            for (Map.Entry<String, List<String>> page : inputKeys.madeFiles().entrySet()) {
                out.writeUTF(page.getKey());
                write(out, page.getValue());
            }
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

    private static void write(DataOutputStream out, Map<String, String> strings) throws IOException {
        out.writeInt(strings.size());
        for (Map.Entry<String, String> entry : strings.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeUTF(entry.getValue());
        }
    }

    /**
     * Keys or stamps read straight into a packed table, as the build that wrote them held them: a rebuild
     * holds them throughout. The stamps were a hash map for speed, but at 200,000 schools its 1.5 million
     * paths and stamps as strings were about 300 MB (estimated) that a rebuild held beside a cold build's heap.
     */
    private static KeyTable keys(DataInputStream in) throws IOException {
        int count = count(in);
        KeyTable.Builder keys = new KeyTable.Builder();
        for (int i = 0; i < count; i++) {
            keys.add(in.readUTF(), in.readUTF());
        }
        return keys.build(true);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("a negative count");
        }
        return count;
    }
}
