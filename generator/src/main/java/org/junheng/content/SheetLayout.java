package org.junheng.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the cell reader does not tell: which columns of a sheet are hidden and which cells
 * are merged. Read from the sheet's XML part in the workbook package, found through the
 * package's relationships as Excel, WPS and LibreOffice write them.
 */
record SheetLayout(Set<Integer> hiddenColumns, List<CellRange> merges) {

    private static final XMLInputFactory XML = safeFactory();
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    static final SheetLayout NONE = new SheetLayout(Set.of(), List.of());

    /** Part names of the workbook's sheets by relationship id ({@code rId3} → {@code xl/worksheets/sheet1.xml}). */
    static Map<String, String> sheetParts(ZipFile zip) throws IOException, XMLStreamException {
        String workbook = relationships(zip, "_rels/.rels", "").entrySet().stream()
                .filter(e -> e.getKey().endsWith(OFFICE_DOCUMENT)).map(Map.Entry::getValue).findFirst()
                .orElse("xl/workbook.xml");
        int slash = workbook.lastIndexOf('/');
        String folder = slash < 0 ? "" : workbook.substring(0, slash + 1);
        String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
        Map<String, String> parts = new TreeMap<>();
        read(zip, rels, reader -> {
            if (reader.getLocalName().equals("Relationship")) {
                parts.put(reader.getAttributeValue(null, "Id"), resolve(folder, reader.getAttributeValue(null, "Target")));
            }
        });
        return parts;
    }

    static SheetLayout read(ZipFile zip, String part) throws IOException, XMLStreamException {
        Set<Integer> hidden = new HashSet<>();
        List<CellRange> merges = new ArrayList<>();
        read(zip, part, reader -> {
            switch (reader.getLocalName()) {
                case "col" -> {
                    if (isTrue(reader.getAttributeValue(null, "hidden")) || zeroWidth(reader)) {
                        int min = Integer.parseInt(reader.getAttributeValue(null, "min"));
                        int max = Integer.parseInt(reader.getAttributeValue(null, "max"));
                        for (int column = min; column <= Math.min(max, 16_384); column++) {
                            hidden.add(column);
                        }
                    }
                }
                case "mergeCell" -> merges.add(CellRange.parse(reader.getAttributeValue(null, "ref")));
                default -> {
                }
            }
        });
        return new SheetLayout(Set.copyOf(hidden), List.copyOf(merges));
    }

    Optional<CellRange> mergeAt(int row, int column) {
        return merges.stream().filter(range -> range.contains(row, column)).findFirst();
    }

    private static boolean zeroWidth(XMLStreamReader reader) {
        String width = reader.getAttributeValue(null, "width");
        return width != null && isTrue(reader.getAttributeValue(null, "customWidth"))
                && Double.parseDouble(width) == 0;
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    /** Relationship types to targets of one {@code .rels} part. */
    private static Map<String, String> relationships(ZipFile zip, String part, String folder)
            throws IOException, XMLStreamException {
        Map<String, String> targets = new TreeMap<>();
        read(zip, part, reader -> {
            if (reader.getLocalName().equals("Relationship")) {
                targets.put(reader.getAttributeValue(null, "Type"), resolve(folder, reader.getAttributeValue(null, "Target")));
            }
        });
        return targets;
    }

    private static String resolve(String folder, String target) {
        if (target == null) {
            return "";
        }
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        List<String> parts = new ArrayList<>(List.of((folder + target).split("/")));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equals("..") && i > 0) {
                parts.remove(i);
                parts.remove(i - 1);
                i -= 2;
            }
        }
        return String.join("/", parts);
    }

    private interface StartElement {
        void accept(XMLStreamReader reader) throws XMLStreamException;
    }

    private static void read(ZipFile zip, String part, StartElement onStart) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        onStart.accept(reader);
                    }
                }
            } finally {
                reader.close();
            }
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
