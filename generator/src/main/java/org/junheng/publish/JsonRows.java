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
 * {@code null} and a suppressed one the string {@code "*"}.
 */
final class JsonRows {

    private JsonRows() {
    }

    static byte[] bytes(Table table) {
        return Json.bytes(array(table.schema(), table.rows()));
    }

    /**
     * Writes the same bytes as {@link #bytes} row by row, without holding the whole table as a
     * JSON tree and a string: a national table is hundreds of megabytes in those forms.
     */
    static void write(Table table, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            json.writeStartArray();
            for (List<String> row : table.rows()) {
                json.writeTree(object(table.schema(), row));
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
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
