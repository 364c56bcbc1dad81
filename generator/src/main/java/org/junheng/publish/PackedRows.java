package org.junheng.publish;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.stream.Collector;
import org.junheng.files.Sha256;

/**
 * A table's rows packed as bytes, read back as lists of cells. A year's indicator table at national
 * size is over a million rows of twenty cells; as lists of strings it took half a gigabyte, more
 * than a 200,000-school build had left once its pages were written. Rows are packed a chunk at a
 * time: in each chunk a cell that occurs more than once (a year, a county, a stage, an indicator's
 * name or threshold) is kept once and named by its number, and every other cell is kept as its
 * UTF-8 bytes. Each {@link #get} makes the row again, so a reader that keeps rows should keep their
 * numbers instead.
 */
final class PackedRows extends AbstractList<List<String>> implements RandomAccess {

    /** The rows packed together: enough for their repeated cells to be worth one dictionary. */
    static final int CHUNK_ROWS = 1024;

    private static final PackedRows EMPTY = new PackedRows(List.of());

    private final Chunk[] chunks;
    /** The number of the first row of each chunk. */
    private final int[] firstRows;
    private final int size;

    private PackedRows(List<Chunk> chunks) {
        this.chunks = chunks.toArray(Chunk[]::new);
        this.firstRows = new int[this.chunks.length];
        int rows = 0;
        for (int i = 0; i < this.chunks.length; i++) {
            firstRows[i] = rows;
            rows += this.chunks[i].rows();
        }
        this.size = rows;
    }

    /** {@code rows} packed; the same object if they are packed already. */
    static PackedRows of(List<? extends List<String>> rows) {
        if (rows instanceof PackedRows packed) {
            return packed;
        }
        Builder builder = new Builder();
        rows.forEach(builder::add);
        return builder.build();
    }

    /** The rows of each of {@code parts} in turn, their chunks shared, not packed again. */
    static PackedRows join(List<PackedRows> parts) {
        List<Chunk> chunks = new ArrayList<>();
        parts.forEach(part -> chunks.addAll(Arrays.asList(part.chunks)));
        return chunks.isEmpty() ? EMPTY : new PackedRows(chunks);
    }

    /** Packs a stream's rows as they come, a chunk at a time, so that they are never all lists at once. */
    static Collector<List<String>, Builder, PackedRows> collector() {
        return Collector.of(Builder::new, Builder::add, Builder::joined, Builder::build);
    }

    /**
     * The rows as they were packed, a chunk at a time: the same rows packed the same way give the
     * same pieces, so a piece whose digest an earlier table had holds the same rows (see {@link TableForms}).
     */
    List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>(chunks.length);
        for (int i = 0; i < chunks.length; i++) {
            pieces.add(new Piece(firstRows[i], chunks[i].rows(), chunks[i].digest()));
        }
        return pieces;
    }

    /** The rows from {@code firstRow} packed together, and a SHA-256 of their packed bytes, in hex. */
    record Piece(int firstRow, int rows, String digest) {

        int endRow() {
            return firstRow + rows;
        }
    }

    /** Writes the rows as they are packed, chunk by chunk, for {@link #read} to make the same chunks again. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(chunks.length);
        for (Chunk chunk : chunks) {
            out.writeInt(chunk.dictionary().length);
            for (String cell : chunk.dictionary()) {
                byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            out.writeInt(chunk.bytes().length);
            out.write(chunk.bytes());
            out.writeInt(chunk.starts().length);
            for (int start : chunk.starts()) {
                out.writeInt(start);
            }
        }
    }

    /** Rows {@link #write} wrote, packed as they were; an {@code IOException} if they are not such rows. */
    static PackedRows read(DataInputStream in) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        for (int c = count(in); c > 0; c--) {
            String[] dictionary = new String[count(in)];
            for (int d = 0; d < dictionary.length; d++) {
                dictionary[d] = new String(in.readNBytes(count(in)), StandardCharsets.UTF_8);
            }
            byte[] bytes = in.readNBytes(count(in));
            int[] starts = new int[count(in)];
            for (int r = 0; r < starts.length; r++) {
                starts[r] = in.readInt();
                if (starts[r] < 0 || starts[r] > bytes.length || r > 0 && starts[r] < starts[r - 1]) {
                    throw new IOException("not where a row starts");
                }
            }
            if (starts.length < 2 || starts[starts.length - 1] != bytes.length) {
                throw new IOException("not a chunk of rows");
            }
            chunks.add(new Chunk(dictionary, bytes, starts));
        }
        return chunks.isEmpty() ? EMPTY : new PackedRows(chunks);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available() + (1 << 20)) {
            throw new IOException("not a count of this file");
        }
        return count;
    }

    @Override
    public List<String> get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        int chunk = Arrays.binarySearch(firstRows, index); // no chunk is empty: each first row is another
        if (chunk < 0) {
            chunk = -chunk - 2;
        }
        return chunks[chunk].row(index - firstRows[chunk]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Packs rows added one at a time. */
    static final class Builder {

        private final List<Chunk> chunks = new ArrayList<>();
        private List<List<String>> pending = new ArrayList<>();

        void add(List<String> row) {
            pending.add(row);
            if (pending.size() == CHUNK_ROWS) {
                flush();
            }
        }

        private Builder joined(Builder after) {
            flush();
            after.flush();
            chunks.addAll(after.chunks);
            return this;
        }

        PackedRows build() {
            flush();
            return chunks.isEmpty() ? EMPTY : new PackedRows(chunks);
        }

        private void flush() {
            if (!pending.isEmpty()) {
                chunks.add(Chunk.pack(pending));
                pending = new ArrayList<>();
            }
        }
    }

    /**
     * Rows as bytes: each row its number of cells, then each cell either twice its number in the
     * dictionary or twice its length in bytes plus one followed by those bytes, every number a
     * varint.
     */
    private record Chunk(String[] dictionary, byte[] bytes, int[] starts) {

        int rows() {
            return starts.length - 1;
        }

        static Chunk pack(List<? extends List<String>> rows) {
            // for each cell text: how often it occurs in the chunk, then its number in the dictionary (-1: none yet)
            Map<String, int[]> seen = new HashMap<>();
            for (List<String> row : rows) {
                for (String cell : row) {
                    int[] counted = seen.get(cell);
                    if (counted == null) {
                        seen.put(cell, new int[] {1, -1});
                    } else {
                        counted[0]++;
                    }
                }
            }
            List<String> dictionary = new ArrayList<>();
            Output out = new Output();
            int[] starts = new int[rows.size() + 1];
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                starts[r] = out.length;
                out.varint(row.size());
                for (String cell : row) {
                    int[] counted = seen.get(cell);
                    if (counted[0] > 1) {
                        if (counted[1] < 0) {
                            counted[1] = dictionary.size();
                            dictionary.add(cell);
                        }
                        out.varint(counted[1] * 2);
                    } else {
                        byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
                        out.varint(utf8.length * 2 + 1);
                        out.write(utf8);
                    }
                }
            }
            starts[rows.size()] = out.length;
            return new Chunk(dictionary.toArray(String[]::new), Arrays.copyOf(out.bytes, out.length), starts);
        }

        /** A digest of the chunk's dictionary and bytes, from which its rows are read: different rows, a different digest. */
        String digest() {
            MessageDigest sha = Sha256.digest();
            Output dictionaryBytes = new Output();
            dictionaryBytes.varint(dictionary.length);
            for (String cell : dictionary) {
                byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
                dictionaryBytes.varint(utf8.length);
                dictionaryBytes.write(utf8);
            }
            sha.update(dictionaryBytes.bytes, 0, dictionaryBytes.length);
            sha.update(bytes);
            return Sha256.hex(sha.digest());
        }

        List<String> row(int index) {
            int[] at = {starts[index]};
            String[] cells = new String[varint(at)];
            for (int c = 0; c < cells.length; c++) {
                int tag = varint(at);
                if ((tag & 1) == 0) {
                    cells[c] = dictionary[tag >>> 1];
                } else {
                    int length = tag >>> 1;
                    cells[c] = new String(bytes, at[0], length, StandardCharsets.UTF_8);
                    at[0] += length;
                }
            }
            return List.of(cells);
        }

        private int varint(int[] at) {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at[0]++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /** A growing byte array. */
    private static final class Output {

        private byte[] bytes = new byte[4096];
        private int length;

        void varint(int value) {
            while ((value & ~0x7F) != 0) {
                put((byte) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            put((byte) value);
        }

        void write(byte[] more) {
            room(more.length);
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }

        private void put(byte b) {
            room(1);
            bytes[length++] = b;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
