package org.junheng.publish;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junheng.files.Closing;
import org.junheng.files.Sha256;
import org.junheng.files.WholeFile;
import org.junheng.render.ContentShares;
import org.junheng.render.ContentShares.Kind;

/**
 * Each county's rows of the tables made county by county from its assessment (the indicator
 * tables and the county items), kept in the site's build cache ({@code .junheng-cache/county-rows/},
 * one file per table and school year) by a key of what they are made from, so that a school year
 * made again takes the rows of the counties whose content did not change instead of making them:
 * after one school's statistics changed, every other county's. A county's rows follow from its assessment,
 * which reads the county's own content (see {@code indicators.Assessor}) and the registry; its key
 * digests the county's shares of the content, the site-wide shares of the counties and the
 * registry, and {@code context} (the generator's code and the standards).
 *
 * <p>A table's file is replaced whole once the table is made, with every county's rows, taken or
 * made, so that it holds no more than the last build's counties. {@code verify} makes every
 * county's rows and stops the build if a kept county's differ.
 */
public final class CountyRows {

    /** None kept: every county's rows are made. */
    static final CountyRows NONE = new CountyRows(Optional.empty(), "", false, null, 1);

    private static final String SUFFIX = ".rows";
    private static final int FORMAT = 1;

    private final Optional<Path> folder;
    private final String context;
    private final boolean verify;
    private final ContentShares shares;
    private final int threads;
    private Map<String, byte[]> countyDigests;
    private byte[] siteWide;

    private CountyRows(Optional<Path> folder, String context, boolean verify, ContentShares shares, int threads) {
        this.folder = folder;
        this.context = context;
        this.verify = verify;
        this.shares = shares;
        this.threads = threads;
    }

    /**
     * @param folder  where the tables' files are kept
     * @param context the generator's code and the standards the assessments used
     * @param verify  make every county's rows, and stop the build if a kept county's differ
     */
    public static CountyRows in(Path folder, String context, boolean verify) {
        return new CountyRows(Optional.of(folder), context, verify, null, 1);
    }

    /** The same, keying each county by {@code shares} of this build's content. */
    CountyRows keyedBy(ContentShares shares, int threads) {
        return folder.isEmpty() ? this : new CountyRows(folder, context, verify, shares, threads);
    }

    /**
     * The rows of {@code table} for {@code year}, one packed set for each of {@code counties} (by
     * code), in their order: taken from the last build's file where a county's key is there, else
     * {@code make} of the county's index. Counties are made on every core.
     */
    List<PackedRows> rows(String table, int year, List<String> counties, IntFunction<PackedRows> make) {
        if (folder.isEmpty() || shares == null) {
            return IntStream.range(0, counties.size()).parallel().mapToObj(make).toList();
        }
        List<String> keys = counties.stream().map(county -> key(table, year, county)).toList();
        Path file = folder.get().resolve(table + "-" + year + SUFFIX);
        try (Kept kept = Kept.open(file)) {
            List<PackedRows> rows = IntStream.range(0, counties.size()).parallel().mapToObj(i -> {
                Optional<PackedRows> taken = kept.rows(keys.get(i));
                if (taken.isPresent() && !verify) {
                    return taken.get();
                }
                PackedRows made = make.apply(i);
                if (taken.isPresent() && !taken.get().pieces().equals(made.pieces())) {
                    throw new IllegalStateException("the " + table + " rows of county " + counties.get(i) + " in "
                            + year + " differ from the ones kept for the same key: the key misses something they read");
                }
                return made;
            }).toList();
            write(file, keys, rows);
            return rows;
        }
    }

    /** Deletes the kept tables of school years not in {@code years}, and any file a build left half-written. */
    void prune(Collection<Integer> years) {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return;
        }
        try (Stream<Path> files = Files.list(folder.get())) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dash = name.lastIndexOf('-');
                boolean current = name.endsWith(SUFFIX) && dash > 0 && years.stream().anyMatch(year ->
                        name.substring(dash + 1, name.length() - SUFFIX.length()).equals(String.valueOf(year)));
                if (!current) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune " + folder.get(), e);
        }
    }

    private String key(String table, int year, String county) {
        MessageDigest sha = Sha256.digest();
        sha.update((context + "\n" + table + "\n" + year + "\n" + county + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(siteWide());
        sha.update(countyDigests().getOrDefault(county, new byte[0]));
        return HexFormat.of().formatHex(sha.digest());
    }

    private synchronized Map<String, byte[]> countyDigests() {
        if (countyDigests == null) {
            countyDigests = shares.byCounty(threads);
        }
        return countyDigests;
    }

    private synchronized byte[] siteWide() {
        if (siteWide == null) {
            siteWide = shares.digest(share -> !share.ofACounty()
                    && (share.kind() == Kind.COUNTIES || share.kind() == Kind.SCHOOLS), threads);
        }
        return siteWide;
    }

    /**
     * Replaces {@code file} whole (see {@link WholeFile}) with each county's rows, then the index of
     * where each stands by key, then the index's place.
     */
    private static void write(Path file, List<String> keys, List<PackedRows> rows) {
        try {
            WholeFile.replace(file, stream -> {
                DataOutputStream out = new DataOutputStream(stream);
                long[] starts = new long[keys.size()];
                int[] lengths = new int[keys.size()];
                for (int i = 0; i < keys.size(); i++) {
                    starts[i] = out.size();
                    rows.get(i).write(out);
                    lengths[i] = out.size() - (int) starts[i];
                }
                long index = out.size();
                out.writeInt(keys.size());
                for (int i = 0; i < keys.size(); i++) {
                    out.writeUTF(keys.get(i));
                    out.writeLong(starts[i]);
                    out.writeInt(lengths[i]);
                }
                out.writeLong(index);
                out.writeInt(FORMAT);
                out.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the county rows of " + file, e);
        }
    }

    /** A table's file as the last build wrote it: where each county's rows stand, by key. */
    private static final class Kept implements AutoCloseable {

        private static final Kept NOTHING = new Kept(null, Map.of());

        private final FileChannel channel;
        private final Map<String, long[]> places;

        private Kept(FileChannel channel, Map<String, long[]> places) {
            this.channel = channel;
            this.places = places;
        }

        /** The file's index; nothing kept if there is no file or it is not one this code wrote whole. */
        static Kept open(Path file) {
            if (!Files.isRegularFile(file)) {
                return NOTHING;
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                long size = channel.size();
                ByteBuffer trailer = read(channel, size - Long.BYTES - Integer.BYTES, Long.BYTES + Integer.BYTES);
                long index = trailer.getLong();
                if (trailer.getInt() != FORMAT || index < 0 || index > size) {
                    throw new IOException("not a file of county rows");
                }
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                        read(channel, index, (int) (size - index)).array()));
                Map<String, long[]> places = new HashMap<>();
                for (int count = in.readInt(); count > 0; count--) {
                    String key = in.readUTF();
                    long start = in.readLong();
                    int length = in.readInt();
                    if (start < 0 || length < 0 || start + length > index) {
                        throw new IOException("not where rows stand");
                    }
                    places.put(key, new long[] {start, length});
                }
                return new Kept(channel, places);
            } catch (IOException | RuntimeException e) {
                Closing.quietly(channel);
                return NOTHING; // unreadable or cut short: every county's rows are made, and the file replaced
            }
        }

        /** The rows kept for {@code key}, if they are there and read back whole. */
        Optional<PackedRows> rows(String key) {
            long[] place = places.get(key);
            if (place == null) {
                return Optional.empty();
            }
            try {
                byte[] bytes = read(channel, place[0], (int) place[1]).array();
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                PackedRows rows = PackedRows.read(in);
                return in.available() == 0 ? Optional.of(rows) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
            if (position < 0 || length < 0) {
                throw new IOException("outside the file");
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("ends early");
                }
            }
            return buffer.flip();
        }

        @Override
        public void close() {
            Closing.quietly(channel);
        }
    }
}
