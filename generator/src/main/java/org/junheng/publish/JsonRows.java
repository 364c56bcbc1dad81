package org.junheng.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A table as JSON: an array of objects keyed by field name in column order, values typed by
 * the schema (numbers as JSON numbers with every digit, booleans, text); an empty cell is
 * {@code null} and a suppressed one the string {@code "*"}. A table file has one row to a line;
 * a school's {@code data.json} indents the rows it gathers like the rest of the file.
 */
final class JsonRows {

    private JsonRows() {
    }

    static byte[] bytes(Table table) {
        return Json.rowsBytes(array(table.schema(), table.rows()));
    }

    /**
     * Writes the same bytes as {@link #bytes} row by row, without holding the whole table as a
     * JSON tree and a string: a national table is hundreds of megabytes in those forms.
     */
    static void write(Table table, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.rowsGenerator(out)) {
            writeArray(json, table.schema(), table.rows());
            json.writeRaw('\n');
        }
    }

    /** Writes {@code rows} as {@link #array} makes them, without making their tree. */
    static void writeArray(JsonGenerator json, TableSchema schema, List<List<String>> rows) throws IOException {
        json.writeStartArray();
        for (List<String> row : rows) {
            writeObject(json, schema, row);
        }
        json.writeEndArray();
    }

    /** Writes {@code row} as {@link #object} makes it, without making its tree. */
    static void writeObject(JsonGenerator json, TableSchema schema, List<String> row) throws IOException {
        json.writeStartObject();
        List<DataField> fields = schema.fields();
        for (int i = 0; i < row.size(); i++) {
            DataField field = fields.get(i);
            String cell = row.get(i);
            // each table's own, not a map all threads share and looked up for every cell (0.6 % of a cold build)
            json.writeFieldName(schema.jsonName(i));
            if (cell.equals(MissingValues.EMPTY)) {
                json.writeNull();
            } else if (cell.equals(MissingValues.SUPPRESSED)) {
                json.writeString(cell);
            } else {
                switch (field.type()) {
                    case INTEGER, YEAR, NUMBER -> {
                        if (isPlain(cell)) {
                            json.writeNumber(cell);
                        } else if (field.type() == FieldType.NUMBER) {
                            json.writeNumber(new BigDecimal(cell));
                        } else {
                            json.writeNumber(new BigInteger(cell));
                        }
                    }
                    case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(cell));
                    default -> json.writeString(cell);
                }
            }
        }
        json.writeEndObject();
    }

    /**
     * Whether a canonical number cell ({@code -?[0-9]+(\.[0-9]+)?}) is already written as its
     * BigDecimal or BigInteger prints itself: no leading zero before another digit and no minus
     * before a zero. Most cells are, and writing them as they are spares parsing and printing
     * 34-digit numbers.
     */
    private static boolean isPlain(String cell) {
        int start = cell.startsWith("-") ? 1 : 0;
        if (cell.length() > start + 1 && cell.charAt(start) == '0' && cell.charAt(start + 1) != '.') {
            return false;
        }
        if (start == 1) {
            for (int i = 1; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c != '0' && c != '.') {
                    return true;
                }
            }
            return false; // negative zero
        }
        return true;
    }

    static ArrayNode array(TableSchema schema, List<List<String>> rows) {
        ArrayNode array = Json.NODES.arrayNode();
        rows.forEach(row -> array.add(object(schema, row)));
        return array;
    }

    static ObjectNode object(TableSchema schema, List<String> row) {
        ObjectNode object = Json.object();
        for (int i = 0; i < row.size(); i++) {
            DataField field = schema.fields().get(i);
            String cell = row.get(i);
            if (cell.equals(MissingValues.EMPTY)) {
                object.putNull(field.name());
            } else if (cell.equals(MissingValues.SUPPRESSED)) {
                object.put(field.name(), cell);
            } else {
                switch (field.type()) {
                    case INTEGER, YEAR -> object.put(field.name(), new BigInteger(cell));
                    case NUMBER -> object.put(field.name(), new BigDecimal(cell));
                    case BOOLEAN -> object.put(field.name(), Boolean.parseBoolean(cell));
                    default -> object.put(field.name(), cell);
                }
            }
        }
        return object;
    }
}
