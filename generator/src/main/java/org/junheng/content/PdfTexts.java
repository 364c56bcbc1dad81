package org.junheng.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a PDF attachment publishes, for the privacy checks: the text of each page, placed by its
 * number ({@code 第3页}). Only text the file holds as text is read; a scanned page is a picture,
 * and docs/checks.md says its publisher must look at it.
 */
final class PdfTexts {

    private PdfTexts() {
    }

    /** The text of each page of the PDF file {@code file}, named {@code name} in findings. */
    static List<SourceText> of(Path file, String name) throws UnreadableAttachment {
        List<SourceText> texts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
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
            throw new UnreadableAttachment("PDF 文件已损坏、设置了打开密码或格式不受支持："
                    + CsvTableReader.firstLine(e.getMessage()), "重新导出不加密的 PDF", e);
        }
        return texts;
    }
}
