package org.junheng.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * JSON as every published file writes it: UTF-8, two-space indentation with LF line ends
 * whatever the machine, decimals written plainly (never {@code 1E-7}), keys in the order given.
 * An open-data table is written one row to a line instead ({@link #rowsGenerator}).
 */
final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .nodeFactory(NODES)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /**
     * An array with each of its items on a line of its own, written without spaces: a table's rows.
     * Indented, each row of the indicators table took about twenty lines and a quarter more bytes,
     * and writing the indentation was about half the time spent writing the table.
     */
    private static final DefaultPrettyPrinter ROWS = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.NONE)
                    .withObjectEntrySpacing(Separators.Spacing.NONE).withArrayValueSpacing(Separators.Spacing.NONE)
                    .withArrayEmptySeparator("").withObjectEmptySeparator(""))
            .withObjectIndenter(null)
            .withArrayIndenter(new DefaultIndenter("", "\n"));

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static byte[] bytes(JsonNode node) {
        return (text(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A generator that writes as {@link #bytes} does, to {@code out}, which it does not close. */
    static JsonGenerator generator(java.io.OutputStream out) throws java.io.IOException {
        return MAPPER.writer(PRETTY).createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** A generator that writes an array of rows, one to a line, to {@code out}, which it does not close. */
    static JsonGenerator rowsGenerator(java.io.OutputStream out) throws java.io.IOException {
        return MAPPER.writer(ROWS).createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The bytes {@link #rowsGenerator} writes for {@code rows}, with a final line end. */
    static byte[] rowsBytes(JsonNode rows) {
        try {
            return (MAPPER.writer(ROWS).writeValueAsString(rows) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON to embed in an HTML {@code <script>}: no {@code </script>} or comment can close it early. */
    static String forScript(JsonNode node) {
        return text(node).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    static com.fasterxml.jackson.core.JsonParser parser(byte[] bytes) throws java.io.IOException {
        return MAPPER.createParser(bytes);
    }

    static JsonNode parse(byte[] bytes) throws java.io.IOException {
        return MAPPER.readTree(bytes);
    }
}
