package org.junheng.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junheng.files.KeptFiles;

/**
 * The school years whose open data the last builds made, kept in the site's build cache
 * ({@code .junheng-cache/open-data/}) by their {@link YearKeys input key}: for each of the year's
 * tables the key and digest of the files it was written as, and each school's rows of the tables a
 * school's {@code data.json} gathers, with their digests. A year whose key is unchanged takes its
 * tables' published files and its schools' rows from here instead of making them again: after an
 * edit of the newest year, every older year. The files it names must still be the ones published
 * (see {@link DataFiles#carryYear}); a year that cannot be carried whole is made.
 *
 * <p>A year's file is written whole under a temporary name and then renamed, so a build that dies
 * leaves none half-written; it is only ever replaced by one of the same key, so a build reading it
 * while another writes reads one or the other. The files of keys no longer used are deleted when a
 * build is published.
 */
public final class CarriedYears {

    /** No cache: every year is made. */
    static final CarriedYears NONE = new CarriedYears(Optional.empty(), "", false);

    private static final String SUFFIX = ".year";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> folder;
    private final String context;
    private final boolean verify;

    /**
     * @param folder  where the years are kept
     * @param context the generator's code and the standards the assessments used (see {@link YearKeys})
     * @param verify  make every year's tables even when its key is unchanged, and stop the build if they
     *                differ from the ones kept: a check that the keys cover everything the tables read
     */
    private CarriedYears(Optional<Path> folder, String context, boolean verify) {
        this.folder = folder;
        this.context = context;
        this.verify = verify;
    }

    public static CarriedYears in(Path folder, String context, boolean verify) {
        return new CarriedYears(Optional.of(folder), context, verify);
    }

    String context() {
        return context;
    }

    boolean verify() {
        return verify;
    }

    /** Stops the build if a year made again has other tables than the ones kept under the same key. */
    void verified(int year, List<Entry> kept, List<Entry> made) {
        if (!kept.equals(made)) {
            throw new IllegalStateException("the open data of school year " + year
                    + " differs from the tables kept for the same input key: the key misses something they read");
        }
    }

    /** One of a year's tables as its files were written: the table's key, and what the data page and packages say of it. */
    record Entry(String table, String key, int rows, long bytes, String sha256, String header,
                 List<PublishedTable.ExcelPart> excel) {

        static Entry of(String key, PublishedTable published) {
            return new Entry(published.schema().name(), key, published.rows(), published.bytes(), published.sha256(),
                    published.header(), published.excel());
        }

        /** The table as published under {@code folder} again, with its {@code schema}. */
        PublishedTable publishedIn(String folder, TableSchema schema) {
            String base = folder + "/" + table;
            return new PublishedTable(schema, folder, base + ".csv", excel, base + ".json", rows, bytes, sha256, header);
        }
    }

    /** What the year's file says: its tables, and the schools' rows from byte {@code start} of {@code rows}. */
    record Year(List<Entry> tables, List<SchoolRows.TableSegment> segments, FileChannel rows, long start) {
    }

    record Header(int format, List<Entry> tables) {
    }

    /**
     * The year of {@code key}, if a build kept it for as many {@code schools} as there are now; its
     * rows are open for reading until {@link SchoolRows} closes them.
     */
    Optional<Year> read(String key, int schools) {
        if (folder.isEmpty() || !Files.isRegularFile(file(key))) {
            return Optional.empty();
        }
        Path file = file(key);
        try {
            FileChannel rows = FileChannel.open(file, StandardOpenOption.READ);
            try {
                InputStream stream = new BufferedInputStream(Channels.newInputStream(rows), 1 << 16);
                DataInputStream in = new DataInputStream(stream);
                byte[] json = in.readNBytes(in.readInt());
                Header header = JSON.readValue(json, Header.class);
                if (header.format() != FORMAT) {
                    rows.close();
                    return Optional.empty();
                }
                List<SchoolRows.TableSegment> segments = new ArrayList<>();
                for (int t = in.readInt(); t > 0; t--) {
                    String name = in.readUTF();
                    if (in.readInt() != schools) {
                        throw new IOException("kept for another list of schools");
                    }
                    long[] offsets = new long[schools];
                    int[] lengths = new int[schools];
                    byte[] digests = new byte[32 * schools];
                    for (int i = 0; i < schools; i++) {
                        offsets[i] = in.readLong();
                        lengths[i] = in.readInt();
                    }
                    in.readFully(digests);
                    segments.add(new SchoolRows.TableSegment(name, offsets, lengths, digests));
                }
                long start = in.readLong();
                long end = start;
                for (SchoolRows.TableSegment segment : segments) {
                    for (int i = 0; i < segment.offsets().length; i++) {
                        end = Math.max(end, start + segment.offsets()[i] + segment.lengths()[i]);
                    }
                }
                if (rows.size() < end) {
                    throw new IOException("cut short"); // as if a build died while writing it in place
                }
                return Optional.of(new Year(header.tables(), segments, rows, start));
            } catch (IOException | RuntimeException e) {
                rows.close();
                return Optional.empty(); // unreadable: the year is made again, and its file replaced
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Keeps the year just made: its tables and the rows {@code schoolRows} took from them since {@code mark}. */
    void write(String key, List<Entry> tables, SchoolRows schoolRows, SchoolRows.Mark mark) {
        if (folder.isEmpty()) {
            return;
        }
        Path file = file(key);
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(folder.get());
            byte[] json = JSON.writeValueAsBytes(new Header(FORMAT, tables));
            List<SchoolRows.TableSegment> segments = schoolRows.segments(mark);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                DataOutputStream out = new DataOutputStream(stream);
                out.writeInt(json.length);
                out.write(json);
                out.writeInt(segments.size());
                for (SchoolRows.TableSegment segment : segments) {
                    out.writeUTF(segment.name());
                    out.writeInt(segment.offsets().length);
                    for (int i = 0; i < segment.offsets().length; i++) {
                        out.writeLong(segment.offsets()[i]);
                        out.writeInt(segment.lengths()[i]);
                    }
                    out.write(segment.rowDigests());
                }
                out.writeLong(out.size() + Long.BYTES);
                out.flush();
                schoolRows.transferRows(mark, channel);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the next build's prune takes it
            }
            throw new UncheckedIOException("cannot keep the open data of school year key " + key + " in " + file, e);
        }
    }

    /** Deletes the kept years whose keys are not in {@code keep}, and any file a build left half-written. */
    void prune(Collection<String> keep) {
        folder.ifPresent(kept -> KeptFiles.keepOnly(kept, Set.copyOf(keep.stream().map(key -> key + SUFFIX).toList())));
    }

    private Path file(String key) {
        return folder.orElseThrow().resolve(key + SUFFIX);
    }
}
