package org.junheng.content;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junheng.files.Sha256;
import org.junheng.files.WholeFile;

/**
 * The content files whose texts the privacy and safety checks found nothing in, kept in one file of
 * the site's build cache by a digest of each file's name and text, so that the next load checks only
 * the files that changed: at 10,000 schools, checking every cell of the registry and statistics again
 * took about a second of a one-school rebuild's CPU. It serves the files whose texts follow from
 * their own text alone — a CSV table, an enrollment file, a county's inputs — not a document, whose
 * attachments are checked with it. A file whose check found anything — a problem, a warning, or a
 * value the site's allowlist let through, which the allowlist's own check must go on seeing — is not
 * kept, and is checked on every load. The file names the code that checked, and a file of other code
 * is not read. It holds what the last load checked or took, no more; it is replaced whole (see
 * {@link WholeFile}).
 */
public final class CheckedFiles {

    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String checkedBy;
    private final boolean verify;
    private final Set<String> kept;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private CheckedFiles(Optional<Path> file, String checkedBy, boolean verify, Set<String> kept) {
        this.file = file;
        this.checkedBy = checkedBy;
        this.verify = verify;
        this.kept = kept;
    }

    /** None kept: every file is checked. */
    public static CheckedFiles none() {
        return new CheckedFiles(Optional.empty(), "", false, Set.of());
    }

    /**
     * The files kept in {@code file} by the code digested as {@code checkedBy}, or none if there is
     * no such file or it is unreadable.
     *
     * @param verify check every file even when it is kept, and stop the build if a kept one has findings
     */
    public static CheckedFiles in(Path file, String checkedBy, boolean verify) {
        return new CheckedFiles(Optional.of(file), checkedBy, verify, read(file, checkedBy));
    }

    /** The key of {@code file} (site-relative) read as {@code bytes}. */
    static String key(String file, byte[] bytes) {
        MessageDigest sha = Sha256.digest();
        sha.update(file.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        return Sha256.hex(sha.digest());
    }

    /**
     * What {@code check} finds in the file of {@code key} — nothing, without checking, if the file is
     * kept — and the file kept for the next load if it found nothing. A file without a key (a
     * workbook) is always checked.
     */
    List<Problem> problems(Optional<String> key, Supplier<TextCheck.Findings> check) {
        if (key.isEmpty() || file.isEmpty()) {
            return check.get().problems();
        }
        boolean wasKept = kept.contains(key.get());
        if (wasKept && !verify) {
            used.add(key.get());
            return List.of();
        }
        TextCheck.Findings found = check.get();
        if (wasKept && !found.nothingFound()) {
            throw new IllegalStateException("a file kept in " + file.get()
                    + " as one the text checks found nothing in has findings now: the key misses something they read");
        }
        if (found.nothingFound()) {
            used.add(key.get());
        }
        return found.problems();
    }

    /** Keeps the files this load found nothing in, or took; if that fails, the next load only checks again. */
    public void save() {
        if (file.isEmpty()) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(checkedBy);
            Set<String> sorted = new TreeSet<>(used);
            out.writeInt(sorted.size());
            for (String key : sorted) {
                out.writeUTF(key);
            }
            out.flush();
            WholeFile.replace(file.get(), bytes.toByteArray());
        } catch (IOException e) {
            // an optimisation: failing to keep it only costs checking again next time
        }
    }

    private static Set<String> read(Path file, String checkedBy) {
        if (!Files.isRegularFile(file)) {
            return Set.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(checkedBy)) {
                return Set.of();
            }
            Set<String> kept = new HashSet<>();
            for (int count = in.readInt(); count > 0; count--) {
                kept.add(in.readUTF());
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            return Set.of(); // cut short or unreadable: every file is checked, and this one replaced
        }
    }
}
