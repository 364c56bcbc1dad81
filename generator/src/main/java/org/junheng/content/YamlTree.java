package org.junheng.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A parsed YAML document that remembers where each value stands, so a message about a
 * field can name its line and column. {@code firstLine} shifts positions for YAML that
 * is part of a larger file (front matter).
 */
public final class YamlTree {

    /**
     * SnakeYAML stops at 3 million code points by default; a national site's partnerships file is
     * larger (25,000 partnerships at 200,000 schools). The content is the site's own, so the limit
     * only needs to stop a runaway file.
     */
    private static final int CODE_POINT_LIMIT = 256 * 1024 * 1024;
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();
    private static final YAMLMapper MAPPER = new YAMLMapper(FACTORY);
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final String file;
    private final JsonNode root;
    private final Map<String, SourceLocation> locations;

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(CODE_POINT_LIMIT);
        return options;
    }

    private YamlTree(String file, JsonNode root, Map<String, SourceLocation> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /** Parses YAML text; a syntax error becomes a problem at its position and the result is empty. */
    public static Optional<YamlTree> parse(String file, String text, int firstLine, List<Problem> problems) {
        LocatingParser parser = null;
        try (JsonParser yaml = FACTORY.createParser(text)) {
            parser = new LocatingParser(yaml, file, firstLine);
            JsonNode root = MAPPER.readTree(parser);
            // on to the end, as a syntax error after the first document must still be found
            while (parser.nextToken() != null) {
                // each token's place is noted by the parser
            }
            return Optional.of(new YamlTree(file, root == null ? MissingNode.getInstance() : root, parser.locations));
        } catch (StreamConstraintsException e) {
            // nesting or size beyond what any real file needs: say so plainly, where reading stopped
            SourceLocation last = parser == null ? SourceLocation.line(file, firstLine) : parser.last;
            problems.add(Problem.error(new SourceLocation(file, last.line(), last.column(), ""), "", "yaml.too-large",
                    "YAML 嵌套过深（超过 1000 层）或单个值过长，无法读取",
                    "文件头和配置只需几层缩进；检查是否误粘贴了大段内容或括号未闭合"));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(syntaxErrorAt(file, firstLine, e), "", "yaml.syntax",
                    "YAML 语法错误：" + syntaxMessage(e.getOriginalMessage()),
                    "检查缩进（只能用空格）、冒号后的空格和引号是否成对"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(SourceLocation.file(file), "", "yaml.unreadable", "无法读取：" + e.getMessage(),
                    "检查文件"));
            return Optional.empty();
        }
    }

    /**
     * Notes where each token stands as the tree is read from it, so that the text is parsed once.
     * Every way of reading the next token goes through {@link #nextToken()}: the delegate's own
     * shortcuts would skip the note.
     */
    private static final class LocatingParser extends JsonParserDelegate {

        private final String file;
        private final int firstLine;
        private final Map<String, SourceLocation> locations = new HashMap<>();
        private SourceLocation last;

        LocatingParser(JsonParser parser, String file, int firstLine) {
            super(parser);
            this.file = file;
            this.firstLine = firstLine;
            this.last = SourceLocation.line(file, firstLine);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token != null && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                String pointer = getParsingContext().pathAsPointer().toString();
                var where = currentTokenLocation();
                SourceLocation at = new SourceLocation(file, where.getLineNr() + firstLine - 1, where.getColumnNr(),
                        pointer);
                last = at;
                // a key marks where its block starts; a scalar is best pointed at itself
                if (token.isScalarValue()) {
                    locations.put(pointer, at);
                } else {
                    locations.putIfAbsent(pointer, at);
                }
            }
            return token;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.VALUE_TRUE ? Boolean.TRUE : token == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
    }

    /**
     * Where a syntax error is: the first position the YAML parser names (where the broken
     * construct starts, e.g. an unclosed bracket), else where the parser stopped.
     */
    private static SourceLocation syntaxErrorAt(String file, int firstLine, JsonProcessingException e) {
        Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
        if (mark.find()) {
            return new SourceLocation(file, Integer.parseInt(mark.group(1)) + firstLine - 1,
                    Integer.parseInt(mark.group(2)), "");
        }
        var where = e.getLocation();
        return where == null ? SourceLocation.file(file)
                : new SourceLocation(file, where.getLineNr() + firstLine - 1, where.getColumnNr(), "");
    }

    /** The parser's explanation without its excerpts and positions, which count lines of the YAML, not the file. */
    private static String syntaxMessage(String message) {
        return String.join("；", String.valueOf(message).lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .toList());
    }

    /**
     * Every scalar value with its place, in document order. {@code isName} tells, by field
     * path (e.g. {@code attachments.0.title}), which values identify or address something.
     */
    public List<SourceText> texts(Predicate<String> isName) {
        List<SourceText> texts = new ArrayList<>();
        collect(root, "", isName, texts);
        return texts;
    }

    private void collect(JsonNode node, String pointer, Predicate<String> isName, List<SourceText> texts) {
        if (node.isContainerNode()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    collect(node.get(i), pointer + "/" + i, isName, texts);
                }
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String name = field.getKey().replace("~", "~0").replace("/", "~1");
                    collect(field.getValue(), pointer + "/" + name, isName, texts);
                }
            }
        } else if (node.isValueNode() && !node.isNull()) {
            SourceLocation at = at(pointer);
            texts.add(new SourceText(at, node.asText(),
                    isName.test(at.field()) ? SourceText.Kind.NAME : SourceText.Kind.TEXT));
        }
    }

    /** Reports every key of the top-level mapping that is not one of {@code allowed}. */
    public void reportUnknownKeys(java.util.Set<String> allowed, String rule, String what, List<Problem> problems) {
        String known = String.join(", ", allowed.stream().sorted().toList());
        for (java.util.Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(Problem.error(at("/" + name), name, rule, "未知的" + what + "“" + name + "”",
                        "可用的" + what + "：" + known));
            }
        }
    }

    /** The stripped text of a scalar field; empty when absent, null, blank or not a scalar. */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** A YYYY-MM-DD date at a pointer; empty when absent, or (with a problem under {@code rule}) when malformed. */
    public Optional<java.time.LocalDate> date(String pointer, String rule, List<Problem> problems) {
        int split = pointer.lastIndexOf('/');
        JsonNode parent = split <= 0 ? root : root.at(pointer.substring(0, split));
        Optional<String> value = text(parent, pointer.substring(split + 1));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.LocalDate.parse(value.get()));
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(Problem.error(at(pointer), value.get(), rule, "日期格式不对", "写成 YYYY-MM-DD，例如 2024-03-18"));
            return Optional.empty();
        }
    }

    public JsonNode root() {
        return root;
    }

    public String file() {
        return file;
    }

    /** Where the value at a JSON pointer (e.g. {@code /guarantee/G7/value}) stands; the nearest parent if unknown. */
    public SourceLocation at(String pointer) {
        String current = pointer;
        while (true) {
            SourceLocation found = locations.get(current);
            if (found != null) {
                String field = Interned.of(pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.'));
                return new SourceLocation(found.file(), found.line(), found.column(), field);
            }
            if (current.isEmpty()) {
                return SourceLocation.file(file);
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }
}
