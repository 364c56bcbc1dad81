package org.junheng.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Text files read back as UTF-8 through buffers kept from one file to the next, for a thread that
 * reads many: {@code new String(Files.readAllBytes(file), UTF_8)} made the file's bytes, a text
 * twice as long as they are and a trimmed copy of it, for every page the output scan reads (a
 * twelfth of what a cold build allocated). As there, bytes that are not UTF-8 read as U+FFFD. Not
 * safe for use by two threads.
 */
public final class Utf8Reader {

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private CharBuffer characters = CharBuffer.allocate(0);

    public String read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("too large to read as text: " + file);
            }
            if (bytes.capacity() < size) {
                bytes = ByteBuffer.allocate((int) size);
            }
            bytes.clear().limit((int) size);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // a file cut short while it is read ends where it ends
            }
        }
        bytes.flip();
        // UTF-8 never has more characters than bytes
        if (characters.capacity() < bytes.remaining()) {
            characters = CharBuffer.allocate(bytes.remaining());
        }
        characters.clear();
        utf8.reset();
        CoderResult result = utf8.decode(bytes, characters, true);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        result = utf8.flush(characters);
        if (!result.isUnderflow()) {
            result.throwException();
        }
        return characters.flip().toString();
    }

    /** How many bytes the buffers have room for. */
    public int capacity() {
        return bytes.capacity();
    }
}
