package org.junheng.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of the build cache as one buffer, read whole onto the heap or, if it is large,
 * mapped: a national site's last build left keys and stamps of 1.5 million files (about 400 MB at
 * 200,000 schools), which a rebuild held on its heap beside everything a cold build holds and which
 * ran it out of memory in {@code -Xmx2g} (docs/performance.md). Mapped, the system pages them in as
 * they are looked up, and may drop them again. A smaller file is read whole rather than mapped: a file
 * stays mapped until the collector frees its buffer, and Windows refuses to replace a mapped file,
 * as the next build replaces the cache's.
 */
public final class FileBytes {

    /** From this size on a file is mapped: a site of some 10,000 schools. */
    public static final long MAPPED_FROM = 32L << 20;

    private FileBytes() {
    }

    /** {@code file}'s bytes, mapped from {@link #MAPPED_FROM} bytes on. */
    public static ByteBuffer of(Path file) throws IOException {
        return of(file, MAPPED_FROM);
    }

    /** {@code file}'s bytes, mapped if it has {@code mappedFrom} bytes or more. */
    static ByteBuffer of(Path file, long mappedFrom) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IOException("a file of the build cache over 2 GB: " + file);
            }
            if (size >= mappedFrom) {
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            }
        }
        return ByteBuffer.wrap(Files.readAllBytes(file));
    }

    /** A stream of {@code buffer}'s bytes from its position, which reading moves on. */
    public static InputStream stream(ByteBuffer buffer) {
        return new InputStream() {
            @Override
            public int read() {
                return buffer.hasRemaining() ? buffer.get() & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (!buffer.hasRemaining()) {
                    return -1;
                }
                int count = Math.min(length, buffer.remaining());
                buffer.get(into, offset, count);
                return count;
            }
        };
    }
}
