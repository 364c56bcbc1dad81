package org.junheng.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a Word ({@code .docx}) attachment publishes, for the privacy checks: each paragraph of its
 * body, headers, footers, notes and comments, and each cell of its tables, read as a stream so
 * that a large file is never held whole. A paragraph is placed by its number within its part
 * ({@code 正文 第12段}), a table cell as in a sheet ({@code 表2!B3}: the second table, row 3, column 2).
 */
final class WordTexts {

    /** The namespace of Word's elements: as Word saves them by default, and in "Strict Open XML". */
    private static final Set<String> WORD = Set.of("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main");
    private static final List<Part> PARTS = List.of(new Part("word/document.xml", "正文"),
            new Part("word/footnotes.xml", "脚注"), new Part("word/endnotes.xml", "尾注"),
            new Part("word/comments.xml", "批注"));

    private static final String SAVE_AS = "另存为 .docx 文件";

    private WordTexts() {
    }

    private record Part(String entry, String label) {
    }

    /** The texts of the {@code .docx} file {@code file}, named {@code name} in findings. */
    static List<SourceText> of(Path file, String name) throws UnreadableAttachment {
        List<SourceText> texts = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(PARTS.get(0).entry()) == null) {
                throw new UnreadableAttachment("不是 .docx 文件（缺少正文）", SAVE_AS, null);
            }
            List<Part> parts = new ArrayList<>(PARTS);
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String entryName = entry.getName();
                if (entryName.matches("word/(header|footer)[0-9]*\\.xml")) {
                    parts.add(new Part(entryName, entryName.startsWith("word/header") ? "页眉" : "页脚"));
                }
            }
            parts.sort(Comparator.comparing(Part::entry));
            int[] tables = {0};
            for (Part part : parts) {
                ZipEntry entry = zip.getEntry(part.entry());
                if (entry != null) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        read(in, name, part.label(), tables, texts);
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new UnreadableAttachment("Word 文件已损坏或格式不受支持：" + CsvTableReader.firstLine(e.getMessage()),
                    SAVE_AS, e);
        }
        return texts;
    }

    private static boolean isWord(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        return namespace != null && WORD.contains(namespace);
    }

    /** Adds the paragraphs and table cells of one part; {@code tables} counts the file's tables so far. */
    private static void read(InputStream in, String name, String label, int[] tables, List<SourceText> texts)
            throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        int paragraphs = 0;
        int tableDepth = 0;
        int row = 0;
        int column = 0;
        boolean inText = false;
        StringBuilder text = new StringBuilder();
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT && isWord(xml)) {
                    switch (xml.getLocalName()) {
                        case "tbl" -> {
                            if (tableDepth++ == 0) {
                                tables[0]++;
                                row = 0;
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1) {
                                row++;
                                column = 0;
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1) {
                                column++;
                                text.setLength(0);
                            }
                        }
                        case "p" -> {
                            if (tableDepth == 0) {
                                text.setLength(0);
                            } else if (!text.isEmpty()) {
                                text.append('\n');
                            }
                        }
                        // deleted text of a tracked change is in the file too, for anyone who shows the changes
                        case "t", "delText" -> inText = true;
                        case "tab" -> text.append('\t');
                        case "br", "cr" -> text.append('\n');
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.CHARACTERS && inText) {
                    text.append(xml.getText());
                } else if (event == XMLStreamReader.END_ELEMENT && isWord(xml)) {
                    switch (xml.getLocalName()) {
                        case "t", "delText" -> inText = false;
                        case "p" -> {
                            if (tableDepth == 0) {
                                paragraphs++;
                                if (!text.toString().isBlank()) {
                                    texts.add(new SourceText(new SourceLocation(name, paragraphs, 0,
                                            label + " 第" + paragraphs + "段"), text.toString(), SourceText.Kind.TEXT));
                                }
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1) {
                                texts.add(new SourceText(SourceLocation.cell(name, "表" + tables[0], row, column, ""),
                                        text.toString(), SourceText.Kind.TABLE_CELL));
                            }
                        }
                        case "tbl" -> tableDepth--;
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
    }
}
