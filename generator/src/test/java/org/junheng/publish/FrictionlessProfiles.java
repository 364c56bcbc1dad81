package org.junheng.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/** The Frictionless v1 profiles of {@code src/test/resources/frictionless/} as JSON Schema validators. */
final class FrictionlessProfiles {

    static final JsonSchema PACKAGE = load("tabular-data-package.json");
    static final JsonSchema TABLE_SCHEMA = load("table-schema.json");

    private FrictionlessProfiles() {
    }

    static List<String> errors(JsonSchema schema, JsonNode node) {
        Set<ValidationMessage> messages = schema.validate(node);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String name) {
        try (InputStream in = FrictionlessProfiles.class.getResourceAsStream("/frictionless/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
