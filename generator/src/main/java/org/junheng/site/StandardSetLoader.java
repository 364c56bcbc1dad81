package org.junheng.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junheng.content.Problem;
import org.junheng.content.SchoolType;
import org.junheng.content.SourceLocation;
import org.junheng.content.Stage;
import org.junheng.indicators.Check;
import org.junheng.indicators.ChoiceCheck;
import org.junheng.indicators.Comparison;
import org.junheng.indicators.CompositeRule;
import org.junheng.indicators.ComputedItem;
import org.junheng.indicators.EachCheck;
import org.junheng.indicators.FlagCheck;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.ItemDefinition;
import org.junheng.indicators.Layer;
import org.junheng.indicators.NumberCheck;
import org.junheng.indicators.OverrideLayer;
import org.junheng.indicators.Overrides;
import org.junheng.indicators.Part;
import org.junheng.indicators.Provenance;
import org.junheng.indicators.Quantity;
import org.junheng.indicators.Rule;
import org.junheng.indicators.Rules;
import org.junheng.indicators.Setting;
import org.junheng.indicators.StandardSet;
import org.junheng.indicators.Text;

/**
 * Reads the built-in standard sets ({@code org/junheng/standards/*.yml}) and applies a site's
 * override layers from the {@code standards:} section of {@code site-config.yml}:
 *
 * <pre>
 * standards:
 *   set: national-2017            # or basic-2012; default national-2017
 *   overrides:                    # applied in the order listed (province → city → county)
 *     - { layer: province, name: 某省, source: 《…》, thresholds: { L2: { primary: 1.1 } } }
 * </pre>
 *
 * Mistakes in the site's section are reported as {@link Problem}s naming the key; mistakes in a
 * built-in set are bugs and throw.
 */
public final class StandardSetLoader {

    public static final String DEFAULT_SET = "national-2017";
    public static final String BASIC_BALANCE_SET = "basic-2012";
    public static final List<String> BUILT_IN = List.of(BASIC_BALANCE_SET, DEFAULT_SET);

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final Set<String> SECTION_KEYS = Set.of("set", "overrides");
    private static final Set<String> LAYER_KEYS = Set.of("layer", "name", "source", "thresholds", "cv_limits", "rules", "items");

    /**
     * @param standards    the site's set with its overrides applied (only the valid keys, if there were errors)
     * @param basicBalance the 2012 set for the history view: the site's set if it chose basic-2012, else the built-in one
     */
    public record Result(StandardSet standards, StandardSet basicBalance, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private StandardSetLoader() {
    }

    /** A built-in set without overrides. */
    public static StandardSet builtIn(String id) {
        if (!BUILT_IN.contains(id)) {
            throw new IllegalArgumentException("no built-in standard set " + id + "; there are " + BUILT_IN);
        }
        String resource = "/org/junheng/standards/" + id + ".yml";
        try (InputStream in = StandardSetLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new SetParser(id).parse(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Reads the site's {@code standards:} section (given as YAML text, e.g. in tests or from a separate file). */
    public static Result load(String standardsSectionYaml, String configFile) {
        try {
            return load(YAML.readTree(standardsSectionYaml), configFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the standards section of " + configFile, e);
        }
    }

    /**
     * @param standards  the {@code standards:} node of the site configuration; null or missing means the default set
     * @param configFile the configuration's path relative to the site, for the problems' locations
     */
    public static Result load(JsonNode standards, String configFile) {
        SiteSection section = new SiteSection(configFile);
        StandardSet base = builtIn(section.setId(standards));
        List<OverrideLayer> layers = section.layers(standards);
        StandardSet result = base;
        for (int i = 0; i < layers.size(); i++) {
            Overrides.Applied applied = Overrides.apply(result, layers.get(i));
            result = applied.standards();
            for (Overrides.Rejection rejection : applied.rejected()) {
                section.error("standards.overrides[" + i + "]." + rejection.key(), rejection.key(),
                        "standards.override-rejected", rejection.message(),
                        "只能调整 " + base.id() + " 中已有的指标代码、学段、规则或项目");
            }
        }
        StandardSet basic = result.id().equals(BASIC_BALANCE_SET) ? result : builtIn(BASIC_BALANCE_SET);
        return new Result(result, basic, section.problems);
    }

    /** Reads the site's section, collecting problems instead of stopping at the first. */
    private static final class SiteSection {

        private final String file;
        private final List<Problem> problems = new ArrayList<>();

        SiteSection(String file) {
            this.file = file;
        }

        String setId(JsonNode standards) {
            if (standards == null || standards.isMissingNode() || standards.isNull()) {
                return DEFAULT_SET;
            }
            if (!standards.isObject()) {
                error("standards", standards.toString(), "standards.invalid", "standards 应是“键: 值”形式",
                        "写成 standards: { set: national-2017, overrides: [] }");
                return DEFAULT_SET;
            }
            unknownKeys(standards, "standards", SECTION_KEYS);
            JsonNode set = standards.path("set");
            if (set.isMissingNode() || set.isNull()) {
                return DEFAULT_SET;
            }
            if (!BUILT_IN.contains(set.asText())) {
                error("standards.set", set.asText(), "standards.unknown-set", "未知的标准“" + set.asText() + "”",
                        "应为以下之一：" + String.join("、", BUILT_IN));
                return DEFAULT_SET;
            }
            return set.asText();
        }

        List<OverrideLayer> layers(JsonNode standards) {
            JsonNode overrides = standards == null ? null : standards.get("overrides");
            if (overrides == null || overrides.isNull()) {
                return List.of();
            }
            if (!overrides.isArray()) {
                error("standards.overrides", overrides.toString(), "standards.invalid", "overrides 应是调整层的列表",
                        "每一层写成以“- layer: province”开头的列表项");
                return List.of();
            }
            List<OverrideLayer> layers = new ArrayList<>();
            Optional<Layer> previous = Optional.empty();
            for (int i = 0; i < overrides.size(); i++) {
                Optional<OverrideLayer> layer = layer(overrides.get(i), "standards.overrides[" + i + "]");
                if (layer.isPresent()) {
                    if (previous.isPresent() && layer.get().layer().compareTo(previous.get()) < 0) {
                        warning("standards.overrides[" + i + "].layer", layer.get().layer().key(), "standards.layer-order",
                                layer.get().layer().chinese() + "调整写在" + previous.get().chinese() + "调整之后，会覆盖它",
                                "除非有意如此，请按省 → 市 → 县的顺序排列");
                    }
                    previous = Optional.of(layer.get().layer());
                    layers.add(layer.get());
                }
            }
            return layers;
        }

        private Optional<OverrideLayer> layer(JsonNode node, String path) {
            if (!node.isObject()) {
                error(path, node.toString(), "standards.invalid", "调整层应是“键: 值”形式", "见 docs/content-format.md");
                return Optional.empty();
            }
            unknownKeys(node, path, LAYER_KEYS);
            Optional<Layer> layer = Layer.fromKey(node.path("layer").asText(""));
            if (layer.isEmpty()) {
                error(path + ".layer", node.path("layer").asText(""), "standards.invalid",
                        "layer 应为 province、city 或 county", "写成 layer: province（或 city、county）");
            }
            String name = required(node, path, "name");
            String source = required(node, path, "source");
            if (layer.isEmpty() || name == null || source == null) {
                return Optional.empty();
            }
            return Optional.of(new OverrideLayer(layer.get(), name, source,
                    byStage(node.path("thresholds"), path + ".thresholds"),
                    byStage(node.path("cv_limits"), path + ".cv_limits"),
                    numbers(node.path("rules"), path + ".rules"),
                    numbers(node.path("items"), path + ".items")));
        }

        private String required(JsonNode node, String path, String key) {
            JsonNode value = node.path(key);
            if (!value.isTextual() || value.asText().isBlank()) {
                error(path + "." + key, value.isMissingNode() ? "" : value.toString(), "standards.missing-field",
                        "调整层缺少 " + key + (key.equals("source") ? "（页面要引用调整的依据）" : ""),
                        "在这一层加入 " + key + ": …");
                return null;
            }
            return value.asText();
        }

        /** {@code {L2: {primary: 1.1}}} → code → stage → number. */
        private Map<String, Map<Stage, BigDecimal>> byStage(JsonNode node, String path) {
            Map<String, Map<Stage, BigDecimal>> result = new LinkedHashMap<>();
            if (node.isMissingNode() || node.isNull()) {
                return result;
            }
            if (!node.isObject()) {
                error(path, node.toString(), "standards.invalid", path + " 应按指标代码和学段填写", "例如 { L2: { primary: 1.1 } }");
                return result;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> code = it.next();
                String codePath = path + "." + code.getKey();
                if (!code.getValue().isObject()) {
                    error(codePath, code.getValue().toString(), "standards.invalid", code.getKey() + " 下应按学段填写",
                            "例如 " + code.getKey() + ": { primary: 1.1, junior: 1.2 }");
                    continue;
                }
                Map<Stage, BigDecimal> stages = new EnumMap<>(Stage.class);
                for (Iterator<Map.Entry<String, JsonNode>> st = code.getValue().fields(); st.hasNext(); ) {
                    Map.Entry<String, JsonNode> stage = st.next();
                    Optional<Stage> parsed = stage(stage.getKey());
                    if (parsed.isEmpty()) {
                        error(codePath + "." + stage.getKey(), stage.getKey(), "standards.unknown-key",
                                "未知的学段“" + stage.getKey() + "”", "写 primary 或 junior（小学、初中）");
                    } else {
                        number(stage.getValue(), codePath + "." + stage.getKey()).ifPresent(n -> stages.put(parsed.get(), n));
                    }
                }
                result.put(code.getKey(), stages);
            }
            return result;
        }

        /** A nested map of numbers flattened to dotted keys: {@code {class_size: {primary: 50}}} → {@code class_size.primary}. */
        private Map<String, BigDecimal> numbers(JsonNode node, String path) {
            Map<String, BigDecimal> result = new LinkedHashMap<>();
            flatten(node, "", path, result);
            return result;
        }

        private void flatten(JsonNode node, String prefix, String path, Map<String, BigDecimal> into) {
            if (node.isMissingNode() || node.isNull()) {
                return;
            }
            if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                    flatten(field.getValue(), key, path, into);
                }
                return;
            }
            number(node, path + "." + prefix).ifPresent(n -> into.put(prefix, n));
        }

        private Optional<BigDecimal> number(JsonNode node, String path) {
            if (node.isNumber()) {
                return Optional.of(node.decimalValue());
            }
            error(path, node.toString(), "standards.invalid-value", path + " 应是数字", "只写数字，例如 1.1");
            return Optional.empty();
        }

        private void unknownKeys(JsonNode node, String path, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    error(path + "." + key, key, "standards.unknown-key", path + " 中未知的键“" + key + "”",
                            "可用的键：" + String.join(", ", allowed.stream().sorted().toList()));
                }
            });
        }

        void error(String field, String value, String rule, String message, String fix) {
            problems.add(Problem.error(SourceLocation.file(file).withField(field, 0), value, rule, message, fix));
        }

        void warning(String field, String value, String rule, String message, String fix) {
            problems.add(Problem.warning(SourceLocation.file(file).withField(field, 0), value, rule, message, fix));
        }
    }

    static Optional<Stage> stage(String key) {
        for (Stage stage : Stage.values()) {
            if (stage.key().equals(key) || stage.chinese().equals(key)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** Reads a built-in set strictly: any unknown key or value is a bug in the resource. */
    private static final class SetParser {

        private static final Set<String> SET_KEYS = Set.of("id", "name", "name_en", "document", "document_en",
                "excluded_types", "rules", "composite", "indicators", "items");
        private static final Set<String> INDICATOR_KEYS = Set.of("code", "name", "name_en", "unit", "unit_en", "numerator",
                "per_students", "thresholds", "cv_limits", "note", "note_en");
        private static final Set<String> ITEM_KEYS = Set.of("code", "part", "name", "name_en", "aliases", "secondary",
                "computed", "checks");
        private static final Set<String> CHECK_KEYS = Set.of("input", "label", "label_en", "unit", "is", "one_of", "each",
                "at_least", "greater_than", "at_most", "less_than", "equals");

        private final String id;
        private Provenance provenance;

        SetParser(String id) {
            this.id = id;
        }

        StandardSet parse(JsonNode root) {
            allowOnly(root, "", SET_KEYS);
            if (!id.equals(text(root, "id"))) {
                throw bug("id", "is " + text(root, "id") + ", expected " + id);
            }
            Text name = Text.of(text(root, "name"), text(root, "name_en"));
            Text document = Text.of(text(root, "document"), text(root, "document_en"));
            provenance = new Provenance(Layer.STANDARD, name.zh(), document.zh());
            Set<SchoolType> excluded = EnumSet.noneOf(SchoolType.class);
            root.path("excluded_types").forEach(t -> excluded.add(SchoolType.fromChinese(t.asText())
                    .orElseThrow(() -> bug("excluded_types", "unknown school type " + t.asText()))));
            Optional<CompositeRule> composite = root.has("composite")
                    ? Optional.of(new CompositeRule(stages(root.path("composite").path("limits"), "composite.limits")))
                    : Optional.empty();
            List<IndicatorDefinition> indicators = new ArrayList<>();
            root.path("indicators").forEach(i -> indicators.add(indicator(i)));
            List<ItemDefinition> items = new ArrayList<>();
            root.path("items").forEach(i -> items.add(item(i)));
            try {
                return new StandardSet(id, name, document, indicators, composite, excluded, rules(root.path("rules")),
                        items, List.of());
            } catch (IllegalArgumentException e) {
                throw bug("", e.getMessage());
            }
        }

        private Rules rules(JsonNode node) {
            Map<Rule, Setting> rules = new EnumMap<>(Rule.class);
            collectRules(node, "", rules);
            return new Rules(rules);
        }

        private void collectRules(JsonNode node, String prefix, Map<Rule, Setting> into) {
            if (node.isObject()) {
                node.fields().forEachRemaining(f -> collectRules(f.getValue(), prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), into));
                return;
            }
            if (node.isMissingNode()) {
                return;
            }
            Rule rule = Rule.fromKey(prefix).orElseThrow(() -> bug("rules." + prefix, "unknown rule"));
            into.put(rule, Setting.of(decimal(node, "rules." + prefix), provenance));
        }

        private IndicatorDefinition indicator(JsonNode node) {
            String code = text(node, "code");
            allowOnly(node, "indicators." + code, INDICATOR_KEYS);
            Quantity numerator = Quantity.fromKey(text(node, "numerator"))
                    .orElseThrow(() -> bug("indicators." + code + ".numerator", "unknown quantity " + node.path("numerator").asText()));
            Optional<Text> note = node.has("note") ? Optional.of(Text.of(text(node, "note"), text(node, "note_en"))) : Optional.empty();
            return new IndicatorDefinition(code, Text.of(text(node, "name"), text(node, "name_en")),
                    Text.of(text(node, "unit"), text(node, "unit_en")), numerator,
                    decimal(node.path("per_students"), "indicators." + code + ".per_students"),
                    stages(node.path("thresholds"), "indicators." + code + ".thresholds"),
                    stages(node.path("cv_limits"), "indicators." + code + ".cv_limits"), note);
        }

        private ItemDefinition item(JsonNode node) {
            String code = text(node, "code");
            String path = "items." + code;
            allowOnly(node, path, ITEM_KEYS);
            Part part = Part.fromKey(text(node, "part")).orElseThrow(() -> bug(path + ".part", "unknown part"));
            List<String> aliases = new ArrayList<>();
            node.path("aliases").forEach(a -> aliases.add(a.asText()));
            Optional<ComputedItem> computed = node.has("computed")
                    ? Optional.of(ComputedItem.fromKey(text(node, "computed")).orElseThrow(() -> bug(path + ".computed", "unknown")))
                    : Optional.empty();
            List<Check> checks = new ArrayList<>();
            node.path("checks").forEach(c -> checks.add(check(c, path)));
            return new ItemDefinition(code, part, Text.of(text(node, "name"), text(node, "name_en")), aliases, computed,
                    checks, node.path("secondary").asBoolean(false));
        }

        private Check check(JsonNode node, String itemPath) {
            String input = text(node, "input");
            String path = itemPath + ".checks." + input;
            allowOnly(node, path, CHECK_KEYS);
            Text label = Text.of(text(node, "label"), text(node, "label_en"));
            if (node.has("is")) {
                return new FlagCheck(input, label, node.get("is").asBoolean());
            }
            if (node.has("one_of")) {
                List<String> allowed = new ArrayList<>();
                node.get("one_of").forEach(a -> allowed.add(a.asText()));
                return new ChoiceCheck(input, label, allowed);
            }
            if (node.has("each")) {
                List<Check> checks = new ArrayList<>();
                node.get("each").forEach(c -> checks.add(check(c, path)));
                return new EachCheck(input, label, checks);
            }
            for (Comparison comparison : Comparison.values()) {
                if (node.has(comparison.key())) {
                    return new NumberCheck(input, label, node.path("unit").asText(""), comparison,
                            Setting.of(decimal(node.get(comparison.key()), path + "." + comparison.key()), provenance));
                }
            }
            throw bug(path, "a check needs is, one_of, each or a comparison");
        }

        private Map<Stage, Setting> stages(JsonNode node, String path) {
            Map<Stage, Setting> result = new EnumMap<>(Stage.class);
            node.fields().forEachRemaining(f -> result.put(
                    stage(f.getKey()).orElseThrow(() -> bug(path + "." + f.getKey(), "unknown stage")),
                    Setting.of(decimal(f.getValue(), path + "." + f.getKey()), provenance)));
            return result;
        }

        private BigDecimal decimal(JsonNode node, String path) {
            if (!node.isNumber()) {
                throw bug(path, "must be a number");
            }
            return node.decimalValue();
        }

        private String text(JsonNode node, String key) {
            JsonNode value = node.path(key);
            if (!value.isValueNode()) {
                throw bug(key, "is missing");
            }
            return value.asText();
        }

        private void allowOnly(JsonNode node, String path, Set<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    throw bug(path + "." + key, "unknown key");
                }
            });
        }

        private IllegalStateException bug(String path, String message) {
            return new IllegalStateException("built-in standard set " + id + ", " + path + ": " + message);
        }
    }
}
