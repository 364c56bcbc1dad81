package org.junheng.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one file of a table's forms — the canonical CSV, a part of the Excel CSV or the JSON — a
 * piece at a time, each piece the rows of one packed chunk (see {@link PackedRows#pieces}), and
 * copies a piece from a file an earlier build wrote of the same table when that file holds the same
 * piece. After one school's statistics changed, a year's indicator tables differ in one chunk of
 * its county's rows; formatting the rest of them again (about 130 MB at 10,000 schools) was most of
 * the time a one-school rebuild spent on them. The bytes are the same either way, and where each
 * piece lands is returned, for the next build to copy from this one's file.
 */
final class TableForms {

    /** The forms a table is written in: each piece's bytes depend on the form, so pieces are found by form. */
    enum Kind {
        CSV, EXCEL, JSON;

        /** The kind of the file that ends in {@code suffix} (its path after the table's folder and name). */
        static Kind of(String suffix) {
            return suffix.endsWith(DataFiles.EXCEL_SUFFIX) ? EXCEL : suffix.endsWith(".json") ? JSON : CSV;
        }
    }

    /** Where a piece of rows stands in a file: the piece's key, its first byte and its length. */
    record Placed(String key, long offset, long length) {
    }

    /** A file of a table's form as written: its size and where each of its pieces stands. */
    record FileLayout(long size, List<Placed> pieces) {

        FileLayout {
            pieces = List.copyOf(pieces);
        }
    }

    /** A piece's bytes in an earlier file. */
    private record Source(Path file, long offset, long length) {
    }

    /** The pieces an earlier build's files of a table hold, by form and key; empty when there are none. */
    static final class Earlier {

        private final Map<Kind, Map<String, Source>> byKind = new EnumMap<>(Kind.class);

        /** The pieces of {@code file}, written as {@code layout} says, unless its size says it is another file. */
        void add(Kind kind, Path file, FileLayout layout) {
            try {
                if (Files.size(file) != layout.size()) {
                    return;
                }
            } catch (IOException e) {
                return; // unreadable: its pieces are formatted again
            }
            Map<String, Source> pieces = byKind.computeIfAbsent(kind, k -> new HashMap<>());
            for (Placed piece : layout.pieces()) {
                if (piece.offset() >= 0 && piece.length() >= 0 && piece.offset() + piece.length() <= layout.size()) {
                    pieces.putIfAbsent(piece.key(), new Source(file, piece.offset(), piece.length()));
                }
            }
        }

        private Optional<Source> find(Kind kind, String key) {
            return Optional.ofNullable(byKind.getOrDefault(kind, Map.of()).get(key));
        }
    }

    private TableForms() {
    }

    /**
     * Writes the file of {@code kind} that holds rows {@code fromRow} to {@code toRow} (exclusive) of
     * {@code table} to {@code out}, copying from {@code earlier} each piece it holds; with {@code verify},
     * formats those pieces too and stops the build if a copy differs. {@code out} is not closed.
     */
    static FileLayout write(Kind kind, Table table, int fromRow, int toRow, List<PackedRows.Piece> pieces,
                            Earlier earlier, boolean verify, OutputStream out) throws IOException {
        Counted counted = new Counted(out);
        List<String> columns = table.schema().columns();
        switch (kind) {
            case CSV -> CsvFiles.writeHeader(columns, counted, false);
            case EXCEL -> CsvFiles.writeHeader(columns, counted, true);
            case JSON -> counted.write('[');
        }
        List<Placed> placed = new ArrayList<>();
        // one writer for the file's formatted lines, flushed after each piece so that the count is its end
        Writer lines = new BufferedWriter(new OutputStreamWriter(counted, StandardCharsets.UTF_8), 1 << 16);
        try (Sources sources = new Sources()) {
            for (PackedRows.Piece piece : pieces) {
                int from = Math.max(piece.firstRow(), fromRow);
                int to = Math.min(piece.endRow(), toRow);
                if (from >= to) {
                    continue;
                }
                boolean first = placed.isEmpty();
                String key = key(kind, piece, from, to, first);
                long offset = counted.count;
                Optional<Source> kept = earlier.find(kind, key);
                if (kept.isEmpty()) {
                    format(kind, table, from, to, first, counted, lines);
                } else if (!verify) {
                    sources.copy(kept.get(), counted);
                } else {
                    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
                    Writer freshLines = new OutputStreamWriter(fresh, StandardCharsets.UTF_8);
                    format(kind, table, from, to, first, fresh, freshLines);
                    byte[] copy = sources.read(kept.get());
                    if (!Arrays.equals(fresh.toByteArray(), copy)) {
                        throw new IllegalStateException("rows " + (from + 1) + "-" + to + " of the open-data table "
                                + table.name() + " differ from the bytes kept for them in " + kept.get().file());
                    }
                    counted.write(copy);
                }
                placed.add(new Placed(key, offset, counted.count - offset));
            }
        }
        if (kind == Kind.JSON) {
            counted.write((placed.isEmpty() ? "]\n" : "\n]\n").getBytes(StandardCharsets.US_ASCII));
        }
        counted.flush();
        return new FileLayout(counted.count, placed);
    }

    /**
     * A piece's key within its form: the digest of its rows, and which of them, if the file holds only
     * some (an Excel part ends within it); in JSON, whether it comes first, since every other piece
     * starts with the comma after the row before it.
     */
    private static String key(Kind kind, PackedRows.Piece piece, int from, int to, boolean first) {
        String key = piece.digest();
        if (from != piece.firstRow() || to != piece.endRow()) {
            key += "@" + (from - piece.firstRow()) + "+" + (to - from);
        }
        return kind == Kind.JSON && first ? key + "^" : key;
    }

    /** Formats the piece to {@code out}, through {@code lines} if it is CSV (flushed to {@code out} at the end). */
    private static void format(Kind kind, Table table, int from, int to, boolean first, OutputStream out,
                               Writer lines) throws IOException {
        List<List<String>> rows = table.rows().subList(from, to);
        if (kind != Kind.JSON) {
            CsvFiles.appendRows(table.schema().columns().size(), rows, lines, kind == Kind.EXCEL);
            lines.flush();
            return;
        }
        // the rows as the whole table's array has them: "[\n" row ",\n" row "\n]" without its brackets
        ByteArrayOutputStream array = new ByteArrayOutputStream(256 * rows.size());
        try (JsonGenerator json = Json.rowsGenerator(array)) {
            JsonRows.writeArray(json, table.schema(), rows);
        }
        byte[] bytes = array.toByteArray();
        out.write(first ? new byte[] {'\n'} : new byte[] {',', '\n'});
        out.write(bytes, 2, bytes.length - 4);
    }

    /** A stream that counts the bytes written through it. */
    private static final class Counted extends FilterOutputStream {

        private long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    /** The earlier files pieces are copied from, each opened once. */
    private static final class Sources implements AutoCloseable {

        private final Map<Path, FileChannel> open = new HashMap<>();
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

        void copy(Source source, OutputStream out) throws IOException {
            FileChannel channel = channel(source.file());
            long at = source.offset();
            long end = source.offset() + source.length();
            while (at < end) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
                int read = channel.read(buffer, at);
                if (read < 0) {
                    throw new IOException(source.file() + " ended before byte " + end);
                }
                out.write(buffer.array(), 0, read);
                at += read;
            }
        }

        byte[] read(Source source) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) source.length());
            copy(source, bytes);
            return bytes.toByteArray();
        }

        private FileChannel channel(Path file) throws IOException {
            FileChannel channel = open.get(file);
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
                open.put(file, channel);
            }
            return channel;
        }

        @Override
        public void close() throws IOException {
            for (FileChannel channel : open.values()) {
                channel.close();
            }
        }
    }
}
