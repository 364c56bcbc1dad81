package org.junheng.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What the files inside a ZIP attachment publish that are read when attached on their own (tables,
 * Word files, PDFs), each read so and named {@code 材料.zip/名单.xlsx} in findings; a ZIP inside
 * is not opened. Names are read as UTF-8, or as GBK, which
 * the archivers of Chinese Windows use. A ZIP that unpacks to more than {@link #MOST_UNPACKED}
 * bytes cannot be checked (nor, likely, opened by a reader's phone).
 */
final class ZipTexts {

    static final long MOST_UNPACKED = 500L * 1024 * 1024;
    private static final Charset GBK = Charset.forName("GBK");
    private static final String REPACK = "重新压缩，或把其中的表格和文档直接作为附件";

    private ZipTexts() {
    }

    /** Reads one unpacked entry, saved at {@code file} and named {@code name}, as an attachment of {@code format}. */
    @FunctionalInterface
    interface EntryReader {
        List<SourceText> read(Path file, String name, String format) throws UnreadableAttachment;
    }

    static List<SourceText> of(Path file, String name, EntryReader entries) throws UnreadableAttachment {
        try (ZipFile zip = open(file)) {
            long unpacked = 0;
            List<SourceText> texts = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String format = AttachmentTexts.format(entry.getName());
                if (entry.isDirectory() || !AttachmentTexts.READ.contains(format)) {
                    continue;
                }
                Path unpackedFile = Files.createTempFile("junheng-attachment-", "." + format);
                try {
                    unpacked += copy(zip, entry, unpackedFile, MOST_UNPACKED - unpacked);
                    texts.addAll(entries.read(unpackedFile, name + "/" + entry.getName(), format));
                } finally {
                    Files.deleteIfExists(unpackedFile);
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UnreadableAttachment("ZIP 文件已损坏或格式不受支持：" + CsvTableReader.firstLine(e.getMessage()),
                    REPACK, e);
        }
    }

    private static ZipFile open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException notUtf8) {
            return new ZipFile(file.toFile(), GBK);
        }
        try {
            Collections.list(zip.entries()); // or a name that is not UTF-8 fails here
            return zip;
        } catch (IllegalArgumentException notUtf8) {
            zip.close();
            return new ZipFile(file.toFile(), GBK);
        }
    }

    /** Copies the entry, failing once more than {@code most} bytes come out of it; how many did. */
    private static long copy(ZipFile zip, ZipEntry entry, Path to, long most) throws IOException, UnreadableAttachment {
        long copied = 0;
        byte[] block = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(to)) {
            for (int read = in.read(block); read > 0; read = in.read(block)) {
                copied += read;
                if (copied > most) {
                    throw new UnreadableAttachment("解压后超过 " + MOST_UNPACKED / 1024 / 1024 + " MB", REPACK, null);
                }
                out.write(block, 0, read);
            }
        }
        return copied;
    }
}
