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
 * The table files whose cells the text checks found nothing in, kept in one file of the site's
 * build cache by a digest of each file's name and text, so that the next load checks only the
 * tables that changed: at 10,000 schools, checking every cell of the statistics again took about a
 * second of a one-school rebuild's CPU. A file whose check found anything — a problem, a warning,
 * or a value the site's allowlist let through, which the allowlist's own check must go on seeing —
 * is not kept, and is checked on every load. The file names the code that checked, and a file of
 * other code is not read. It holds what the last load checked or took, no more; it is replaced
 * whole (see {@link WholeFile}).
 */
public final class CheckedTables {

    private static final int FORMAT = 1;

    private final Optional<Path> file;
    private final String checkedBy;
    private final boolean verify;
    private final Set<String> kept;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private CheckedTables(Optional<Path> file, String checkedBy, boolean verify, Set<String> kept) {
        this.file = file;
        this.checkedBy = checkedBy;
        this.verify = verify;
        this.kept = kept;
    }

    /** None kept: every table is checked. */
    public static CheckedTables none() {
        return new CheckedTables(Optional.empty(), "", false, Set.of());
    }

    /**
     * The tables kept in {@code file} by the code digested as {@code checkedBy}, or none if there is
     * no such file or it is unreadable.
     *
     * @param verify check every table even when it is kept, and stop the build if a kept one has findings
     */
    public static CheckedTables in(Path file, String checkedBy, boolean verify) {
        return new CheckedTables(Optional.of(file), checkedBy, verify, read(file, checkedBy));
    }

    /** The key of a table read from the text of {@code file} (site-relative). */
    static String key(String file, String text) {
        MessageDigest sha = Sha256.digest();
        sha.update(file.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(text.getBytes(StandardCharsets.UTF_8));
        return Sha256.hex(sha.digest());
    }

    /**
     * What {@code check} finds in the table of {@code key} — nothing, without checking, if the table
     * is kept — and the table kept for the next load if it found nothing. A table without a key
     * (one read from a workbook) is always checked.
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
            throw new IllegalStateException("a table kept in " + file.get()
                    + " as one the text checks found nothing in has findings now: the key misses something they read");
        }
        if (found.nothingFound()) {
            used.add(key.get());
        }
        return found.problems();
    }

    /** Keeps the tables this load found nothing in, or took; if that fails, the next load only checks again. */
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
            return Set.of(); // cut short or unreadable: every table is checked, and the file replaced
        }
    }
}
