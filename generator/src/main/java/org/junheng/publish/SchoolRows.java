package org.junheng.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junheng.files.Sha256;
import org.junheng.parallel.Parallel;
import org.junheng.render.ModelDigest;

/**
 * The rows each school's {@code data.json} gathers, taken from each year's tables as that year is
 * published. The rows of the tables kept by school code — most of the open data — wait in a
 * temporary file, each school's rows of one table and year side by side, and only where they
 * stand is kept in memory: at 10,000 schools they were the largest thing the build held, and
 * at 200,000 they would not fit in memory at all. Close it to delete the file (on Linux the file
 * has no name from the moment it is opened, so a build that dies leaves nothing behind). A year
 * taken from the build cache ({@link #addCarried}) leaves its rows where they are, in the cache's
 * file of that year.
 */
final class SchoolRows implements AutoCloseable {

    /** The year tables a school's file gathers rows from, by school code, every year. */
    static final List<String> BY_CODE = List.of(StatisticsData.TABLE, IndicatorTables.INDICATORS.name(),
            IndicatorTables.SCHOOL_PARTS.name(), IndicatorTables.EXCLUDED.name(), ResourceData.BASIC_INDICATORS.name(),
            EnrollmentData.ZONES.name(), EnrollmentData.PLANS.name(), EnrollmentData.ADMISSIONS.name());

    private static final int DIGEST = 32;
    /** Schools whose rows are encoded together and written in one call. */
    private static final int BATCH = 1024;

    private final Map<String, Integer> schools = new HashMap<>();
    private final int threads;
    private final Path file;
    private final FileChannel spill;
    /** Per table of {@link #BY_CODE}: every year's rows by school, oldest year first. */
    private final Map<String, List<Spans>> byCode = new HashMap<>();
    /** The newest year's projects and partnerships, by school code. */
    private RowsByCode projects = new RowsByCode();
    private RowsByCode partnerships = new RowsByCode();
    private final RowsByCode documents = new RowsByCode();
    /** The digests of each school's rows of the tables spilled since the last {@link #mark}, by table. */
    private final Map<Spans, byte[]> rowDigests = new IdentityHashMap<>();
    /** The year files of the build cache whose rows are read in place, closed with this. */
    private final List<FileChannel> carried = new ArrayList<>();
    /** The spans in the order written, every table and year, for {@link #segments}. */
    private final List<Spans> order = new ArrayList<>();
    /**
     * Per school, {@link #DIGEST} bytes chaining the digests of its rows in the order they were
     * written ({@code chain = SHA-256(chain, table number, length, SHA-256(rows))}), so that its
     * {@link #digest} needs no reading back: at 10,000 schools that was hundreds of thousands of
     * reads on every build, and a year taken from the build cache needs only its rows' digests.
     */
    private final byte[] chains;
    /** Every year's table in the order written, for the chains: the same table of another year counts apart. */
    private int spilledTables;

    /** Rows for the schools with these codes, taken on {@code threads} threads; rows of other codes are not kept. */
    SchoolRows(List<String> schoolCodes, int threads) {
        this.threads = threads;
        for (String code : schoolCodes) {
            schools.putIfAbsent(code, schools.size());
        }
        BY_CODE.forEach(name -> byCode.put(name, new ArrayList<>()));
        chains = new byte[DIGEST * schools.size()];
        try {
            file = Files.createTempFile("junheng-school-rows-", ".bin");
            spill = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file for the schools' data.json rows", e);
        }
    }

    /**
     * True for the tables whose rows this keeps whole rather than in the file (projects, partnerships
     * and documents): a year carried from the build cache has these made again, as they are small.
     */
    static boolean keptWhole(TableSchema schema) {
        return List.of(ProgressData.PROJECTS.name(), ProgressData.PARTNERSHIPS.name(), DocumentData.SCHEMA.name())
                .contains(schema.name());
    }

    /** The number of schools whose rows this keeps: a year's file of the build cache must hold as many. */
    int schools() {
        return schools.size();
    }

    /** Takes what the schools' files need from one year's tables; years are added oldest first. */
    void add(List<Table> tables) {
        for (Table table : tables) {
            String name = table.name();
            if (byCode.containsKey(name)) {
                byCode.get(name).add(spilled(table));
            } else if (name.equals(ProgressData.PROJECTS.name())) {
                projects = new RowsByCode();
                projects.add(table, codes(table, List.of("code"), Optional.empty()));
            } else if (name.equals(ProgressData.PARTNERSHIPS.name())) {
                partnerships = new RowsByCode();
                partnerships.add(table, codes(table, List.of("lead"), Optional.of("members")));
            } else if (name.equals(DocumentData.SCHEMA.name())) {
                documents.add(table, codes(table, List.of(), Optional.of("schools")));
            }
        }
    }

    /** The school's rows of a {@link #BY_CODE} table, one entry per year that has the table, oldest first. */
    List<YearRows> years(String table, String code) {
        Integer school = schools.get(code);
        List<YearRows> years = new ArrayList<>();
        for (Spans year : byCode.get(table)) {
            years.add(new YearRows(year.schema(), school == null ? List.of() : read(year, school)));
        }
        return years;
    }

    List<List<String>> projects(String code) {
        return projects.of(code);
    }

    List<List<String>> partnerships(String code) {
        return partnerships.of(code);
    }

    List<List<String>> documents(String code) {
        return documents.of(code);
    }

    /**
     * A digest of all the school's rows — what {@link #years} gives for every table, with each year's
     * schema, and its projects, partnerships and documents — from the digests taken as the rows were
     * written, without reading them back.
     */
    byte[] digest(String code) {
        MessageDigest digest = Sha256.digest();
        Integer school = schools.get(code);
        for (String name : BY_CODE) {
            for (Spans year : byCode.get(name)) {
                digest.update(year.schemaDigest());
            }
        }
        digest.update(chains, school == null ? 0 : school * DIGEST, school == null ? 0 : DIGEST);
        digest.update(encoded(projects(code)));
        digest.update(encoded(partnerships(code)));
        digest.update(encoded(documents(code)));
        return digest.digest();
    }

    @Override
    public void close() {
        try {
            for (FileChannel rows : carried) {
                rows.close();
            }
            spill.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the table's rows to the file, each school's together, in table order. The schools' rows
     * are encoded and chained on every core, a batch at a time, and each batch written in one call:
     * done school by school on one thread, with a write each, it was a sixth of a one-school
     * rebuild's open data at 10,000 schools.
     */
    private Spans spilled(Table table) {
        Groups groups = Groups.of(table, schools);
        Spans spans = new Spans(table.schema(), schemaDigest(table.schema()), spill,
                new long[schools.size()], new int[schools.size()]);
        byte[] digests = new byte[DIGEST * schools.size()];
        rowDigests.put(spans, digests);
        order.add(spans);
        int number = spilledTables++;
        try {
            long position = spill.size();
            for (int from = 0; from < groups.schools().length; from += BATCH) {
                int[] batch = Arrays.copyOfRange(groups.schools(), from, Math.min(groups.schools().length, from + BATCH));
                List<byte[]> encoded = Parallel.map(threads, Arrays.stream(batch).boxed().toList(), school -> {
                    byte[] bytes = encoded(groups.rows(table, school));
                    byte[] digest = Sha256.digest().digest(bytes);
                    System.arraycopy(digest, 0, digests, school * DIGEST, DIGEST);
                    chain(school, number, bytes.length, digest); // each school its own slot of the chains
                    return bytes;
                });
                ByteBuffer[] buffers = new ByteBuffer[encoded.size()];
                for (int i = 0; i < buffers.length; i++) {
                    buffers[i] = ByteBuffer.wrap(encoded.get(i));
                    spans.offsets()[batch[i]] = position;
                    spans.lengths()[batch[i]] = encoded.get(i).length;
                    position += encoded.get(i).length;
                }
                spill.position(spans.offsets()[batch[0]]);
                while (buffers[buffers.length - 1].hasRemaining()) {
                    spill.write(buffers);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schools' data.json rows to " + file, e);
        }
        return spans;
    }

    /**
     * A table's rows by school, as numbers of rows rather than rows: a table's rows are packed, and
     * each one read is made again. {@code schools} holds each school that has rows (by its number
     * among the schools this keeps) in the order of its first row; the school at {@code schools[i]}
     * has {@code positions[school] == i}, and its rows' numbers are {@code rows[starts[i]]} up to
     * {@code rows[starts[i + 1]]}, in table order.
     */
    private record Groups(int[] schools, int[] starts, int[] rows, int[] positions) {

        static Groups of(Table table, Map<String, Integer> numbers) {
            int index = table.schema().index("code");
            int[] schoolOfRow = new int[table.rows().size()];
            int[] counts = new int[numbers.size()];
            int[] firstSeen = new int[numbers.size()];
            int seen = 0;
            for (int r = 0; r < schoolOfRow.length; r++) {
                Integer school = numbers.get(table.rows().get(r).get(index));
                schoolOfRow[r] = school == null ? -1 : school;
                if (school != null && counts[school]++ == 0) {
                    firstSeen[seen++] = school;
                }
            }
            int[] schools = Arrays.copyOf(firstSeen, seen);
            int[] positions = new int[numbers.size()];
            int[] starts = new int[seen + 1];
            for (int i = 0; i < seen; i++) {
                positions[schools[i]] = i;
                starts[i + 1] = starts[i] + counts[schools[i]];
            }
            int[] filled = Arrays.copyOf(starts, seen);
            int[] rows = new int[starts[seen]];
            for (int r = 0; r < schoolOfRow.length; r++) {
                if (schoolOfRow[r] >= 0) {
                    rows[filled[positions[schoolOfRow[r]]]++] = r;
                }
            }
            return new Groups(schools, starts, rows, positions);
        }

        /** The rows of {@code school}, one of {@link #schools}. */
        List<List<String>> rows(Table table, int school) {
            int i = positions[school];
            List<List<String>> rows = new ArrayList<>(starts[i + 1] - starts[i]);
            for (int j = starts[i]; j < starts[i + 1]; j++) {
                rows.add(table.rows().get(this.rows[j]));
            }
            return rows;
        }
    }

    /** Chains the digest of one school's rows of one table, {@code length} bytes long, to the school's chain. */
    private void chain(int school, int table, int length, byte[] rows) {
        MessageDigest link = Sha256.digest();
        link.update(chains, school * DIGEST, DIGEST);
        link.update(ByteBuffer.allocate(8).putInt(table).putInt(length).array());
        link.update(rows, 0, DIGEST);
        System.arraycopy(link.digest(), 0, chains, school * DIGEST, DIGEST);
    }

    private static byte[] schemaDigest(TableSchema schema) {
        return ModelDigest.of(Map.of("schema", schema)).getBytes(StandardCharsets.US_ASCII);
    }

    /** Where the next year's rows begin; the digests kept for the last year's tables are let go. */
    Mark mark() {
        rowDigests.clear();
        try {
            return new Mark(spill.size(), order.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the length of " + file, e);
        }
    }

    /** The tables spilled since {@code mark}, in the order written, as a year's file of the build cache holds them. */
    List<TableSegment> segments(Mark mark) {
        List<TableSegment> segments = new ArrayList<>();
        for (Spans spans : order.subList(mark.tables(), order.size())) {
            long[] offsets = spans.offsets().clone();
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = spans.lengths()[i] == 0 ? 0 : offsets[i] - mark.position();
            }
            segments.add(new TableSegment(spans.schema().name(), offsets, spans.lengths().clone(),
                    rowDigests.get(spans)));
        }
        return segments;
    }

    /** Copies the bytes of the rows spilled since {@code mark} to {@code target}. */
    void transferRows(Mark mark, WritableByteChannel target) throws IOException {
        long end = spill.size();
        for (long at = mark.position(); at < end; ) {
            at += spill.transferTo(at, end - at, target);
        }
    }

    /**
     * Takes a year's rows of the {@link #BY_CODE} tables from a year's file of the build cache, where they
     * stay to be read: {@code rows} holds them from byte {@code start}, and {@code schemas} gives each
     * table's schema by name. The schools' chains go on as if the rows had been spilled here.
     */
    void addCarried(List<TableSegment> segments, FileChannel rows, long start, Map<String, TableSchema> schemas) {
        carried.add(rows);
        for (TableSegment segment : segments) {
            long[] offsets = new long[schools.size()];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = segment.offsets()[i] + start;
            }
            TableSchema schema = schemas.get(segment.name());
            Spans spans = new Spans(schema, schemaDigest(schema), rows, offsets, segment.lengths());
            byCode.get(segment.name()).add(spans);
            order.add(spans);
            int number = spilledTables++;
            for (int school = 0; school < offsets.length; school++) {
                if (segment.lengths()[school] > 0) {
                    chain(school, number, segment.lengths()[school],
                            Arrays.copyOfRange(segment.rowDigests(), school * DIGEST, (school + 1) * DIGEST));
                }
            }
        }
    }

    private List<List<String>> read(Spans year, int school) {
        if (year.lengths()[school] == 0) {
            return List.of();
        }
        try {
            return decoded(raw(year, school));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schools' data.json rows back from " + file, e);
        }
    }

    /** The school's rows of one year's table as {@link #encoded} wrote them. */
    private byte[] raw(Spans year, int school) throws IOException {
        int length = year.lengths()[school];
        if (length == 0) {
            return encoded(List.of());
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        long position = year.offsets()[school];
        while (bytes.hasRemaining()) {
            if (year.source().read(bytes, position + bytes.position()) < 0) {
                throw new IOException("ends early");
            }
        }
        return bytes.array();
    }

    /**
     * Rows as: the number of rows; for each, the number of cells; for each cell, its UTF-8 length and
     * bytes; every number a big-endian int. Sized first and written into one array: through a
     * {@code DataOutputStream}, each int went to the byte stream a byte at a time.
     */
    private static byte[] encoded(List<List<String>> rows) {
        byte[][][] utf8 = new byte[rows.size()][][];
        int length = Integer.BYTES;
        for (int r = 0; r < utf8.length; r++) {
            List<String> row = rows.get(r);
            utf8[r] = new byte[row.size()][];
            length += Integer.BYTES;
            for (int c = 0; c < utf8[r].length; c++) {
                utf8[r][c] = row.get(c).getBytes(StandardCharsets.UTF_8);
                length += Integer.BYTES + utf8[r][c].length;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putInt(utf8.length);
        for (byte[][] row : utf8) {
            out.putInt(row.length);
            for (byte[] cell : row) {
                out.putInt(cell.length).put(cell);
            }
        }
        return out.array();
    }

    private static List<List<String>> decoded(byte[] bytes) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            List<List<String>> rows = new ArrayList<>();
            for (int r = in.getInt(); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = in.getInt(); c > 0; c--) {
                    int length = in.getInt();
                    row.add(new String(bytes, in.position(), length, StandardCharsets.UTF_8));
                    in.position(in.position() + length);
                }
                rows.add(row);
            }
            return rows;
        } catch (RuntimeException e) {
            throw new IOException("not rows as they were encoded", e);
        }
    }

    /** The school codes a row names: in the {@code single} fields, then in the {@code list} field, each once. */
    private static Function<List<String>, Collection<String>> codes(Table table, List<String> single,
                                                                    Optional<String> list) {
        List<Integer> singles = single.stream().map(table.schema()::index).toList();
        Optional<Integer> listed = list.map(table.schema()::index);
        return row -> {
            Set<String> codes = new LinkedHashSet<>();
            singles.forEach(index -> codes.add(row.get(index)));
            listed.ifPresent(index -> codes.addAll(List.of(row.get(index).split(Cells.LIST_SEPARATOR))));
            return codes;
        };
    }

    /**
     * One year's table in a file — the temporary file, or a year's file of the build cache (see
     * {@link CarriedYears}) — its schema and its digest, and where each school's rows stand (length 0: none).
     */
    private record Spans(TableSchema schema, byte[] schemaDigest, FileChannel source, long[] offsets, int[] lengths) {
    }

    /**
     * One table of a year as it stands in the temporary file, for a year's file of the build cache:
     * where each school's rows start, counted from the year's first byte, their length (0: none), and
     * the digest of each school's rows ({@link #DIGEST} bytes a school).
     */
    record TableSegment(String name, long[] offsets, int[] lengths, byte[] rowDigests) {
    }

    /** Where a year's rows begin: the file's length, and how many tables there were before it. */
    record Mark(long position, int tables) {
    }

    /** One school's rows of one year's table, with that year's schema. */
    record YearRows(TableSchema schema, List<List<String>> rows) {
    }
}
