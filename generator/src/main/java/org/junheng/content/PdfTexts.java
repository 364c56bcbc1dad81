package org.junheng.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junheng.files.Sha256;

/**
 * What a PDF attachment publishes, for the privacy checks: the text of each page, placed by its
 * number ({@code 第3页}). Only text the file holds as text is read; a scanned page is a picture,
 * and docs/checks.md says its publisher must look at it.
 */
final class PdfTexts {

    /** PDFs read before in this process, by name and digest of their bytes: kept for the live preview's rebuilds. */
    private static final int REMEMBERED = 256;
    private static final Map<String, Read> READ_BEFORE = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Read> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** What reading a PDF gave: its pages' texts, or why it could not be read. */
    private record Read(List<SourceText> texts, UnreadableAttachment unreadable) {
    }

    private PdfTexts() {
    }

    /**
     * The text of each page of the PDF file {@code file}, named {@code name} in findings. Getting the
     * text out of a PDF takes a quarter of a second for thirty pages, which a site's dozens of PDFs would
     * add to every rebuild of the live preview; a file with the same name and bytes is read once.
     */
    static List<SourceText> of(Path file, String name) throws UnreadableAttachment {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
        String key = name + "\n" + Sha256.hex(bytes);
        Read read = READ_BEFORE.get(key);
        if (read == null) { // read outside the map's lock: documents are read on every core
            read = read(bytes, name);
            READ_BEFORE.put(key, read);
        }
        if (read.unreadable() != null) {
            throw read.unreadable();
        }
        return read.texts();
    }

    private static Read read(byte[] bytes, String name) {
        try {
            return new Read(List.copyOf(pages(bytes, name)), null);
        } catch (UnreadableAttachment e) {
            return new Read(List.of(), e);
        }
    }

    /** The text of each page, from the file's bytes, already read for its digest. */
    private static List<SourceText> pages(byte[] bytes, String name) throws UnreadableAttachment {
        List<SourceText> texts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (!text.isBlank()) {
                    texts.add(new SourceText(new SourceLocation(name, page, 0, "第" + page + "页"), text,
                            SourceText.Kind.TEXT));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        return texts;
    }

    private static UnreadableAttachment unreadable(Exception e) {
        return new UnreadableAttachment("PDF 文件已损坏、设置了打开密码或格式不受支持：" + CsvTableReader.firstLine(e.getMessage()),
                "重新导出不加密的 PDF", e);
    }
}
