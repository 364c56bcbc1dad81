package org.junheng.content;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junheng.files.Sha256;
import org.junheng.files.WholeFile;

/**
 * The Markdown a build rendered, kept in one file of the site's build cache by the SHA-256 of each
 * text, so that the next load renders only the texts that changed: at 10,000 schools, rendering a
 * thousand documents again was about a fifth of loading and checking. The file names the code that
 * rendered it, and a file of other code is not read, so a kept rendering is always the one the
 * running code would make. It holds what the last load rendered or took, no more, so it never grows
 * with edits; it is replaced whole (see {@link WholeFile}).
 */
public final class MarkdownMemo {

    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String renderedBy;
    private final boolean verify;
    private final Map<String, MarkdownRenderer.Rendered> kept;
    private final Map<String, MarkdownRenderer.Rendered> used = new ConcurrentHashMap<>();

    private MarkdownMemo(Optional<Path> file, String renderedBy, boolean verify,
                         Map<String, MarkdownRenderer.Rendered> kept) {
        this.file = file;
        this.renderedBy = renderedBy;
        this.verify = verify;
        this.kept = kept;
    }

    /** No memo: every text is rendered. */
    public static MarkdownMemo none() {
        return new MarkdownMemo(Optional.empty(), "", false, Map.of());
    }

    /**
     * The memo kept in {@code file} by the code digested as {@code renderedBy}, or an empty one if
     * there is none or it is unreadable.
     *
     * @param verify render every text even when it is kept, and stop the build if the two differ
     */
    public static MarkdownMemo in(Path file, String renderedBy, boolean verify) {
        return new MarkdownMemo(Optional.of(file), renderedBy, verify, read(file, renderedBy));
    }

    /** What {@code render} makes of {@code markdown}, taken from the memo if it is kept there. */
    MarkdownRenderer.Rendered rendered(String markdown, Function<String, MarkdownRenderer.Rendered> render) {
        if (file.isEmpty()) {
            return render.apply(markdown);
        }
        String key = HexFormat.of().formatHex(Sha256.digest().digest(markdown.getBytes(StandardCharsets.UTF_8)));
        MarkdownRenderer.Rendered rendered = kept.get(key);
        if (rendered == null) {
            rendered = render.apply(markdown);
        } else if (verify && !rendered.equals(render.apply(markdown))) {
            throw new IllegalStateException("the Markdown kept in " + file.get()
                    + " differs from what it renders now: the memo's key misses something rendering reads");
        }
        used.put(key, rendered);
        return rendered;
    }

    /** Keeps what this memo rendered or took, in key order; if that fails, the next load only renders again. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(renderedBy);
            Map<String, MarkdownRenderer.Rendered> sorted = new TreeMap<>(used);
            out.writeInt(sorted.size());
            for (Map.Entry<String, MarkdownRenderer.Rendered> entry : sorted.entrySet()) {
                out.writeUTF(entry.getKey());
                writeText(out, entry.getValue().html());
                writeText(out, entry.getValue().firstParagraph());
            }
            out.flush();
            WholeFile.replace(file.get(), bytes.toByteArray());
        } catch (IOException e) {
            // the memo is an optimisation: failing to keep it only costs rendering again next time
        }
    }

    private static Map<String, MarkdownRenderer.Rendered> read(Path file, String renderedBy) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long size = Files.size(file);
            if (in.readInt() != FORMAT || !in.readUTF().equals(renderedBy)) {
                return Map.of();
            }
            Map<String, MarkdownRenderer.Rendered> kept = new HashMap<>();
            for (int count = in.readInt(); count > 0; count--) {
                kept.put(in.readUTF(), new MarkdownRenderer.Rendered(readText(in, size), readText(in, size)));
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // cut short or unreadable: everything is rendered, and the file replaced
        }
    }

    // writeUTF takes at most 64 KB, less than a long document's HTML
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in, long fileSize) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > fileSize) {
            throw new IOException("not a length of text in this file");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
