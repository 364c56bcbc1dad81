package org.junheng.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Set;
import org.junheng.check.AllowedValue;
import org.junheng.content.County;
import org.junheng.content.DecodedText;
import org.junheng.content.Problem;
import org.junheng.content.SourceLocation;
import org.junheng.content.SourceText;
import org.junheng.content.YamlTree;

/** Reads and checks {@code site-config.yml}; every mistake becomes a problem with its line. */
public final class SiteConfigLoader {

    public static final String FILE = "site-config.yml";
    private static final Set<String> FIELDS = Set.of("title", "title_en", "language", "base_url", "publisher",
            "publisher_en", "region", "standards", "data_licence", "suppression_threshold", "pinyin_overrides",
            "privacy");
    private static final Set<String> LANGUAGES = Set.of("zh-CN", "en");

    public Optional<SiteConfig> load(Path siteRoot, List<Problem> problems) {
        return load(siteRoot, problems, new ArrayList<>());
    }

    /** Loads the configuration and adds to {@code texts} every value that can reach the output. */
    public Optional<SiteConfig> load(Path siteRoot, List<Problem> problems, List<SourceText> texts) {
        Path file = siteRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(SourceLocation.file(FILE), "", "config.missing", "找不到站点配置文件 " + FILE,
                    "在站点文件夹中创建 " + FILE + "，或用 --site 指向站点文件夹"));
            return Optional.empty();
        }
        Optional<String> text;
        try {
            text = DecodedText.decode(Files.readAllBytes(file)).map(DecodedText::text);
        } catch (IOException e) {
            problems.add(Problem.error(SourceLocation.file(FILE), "", "file.unreadable", "无法读取：" + e.getMessage(),
                    "检查文件权限"));
            return Optional.empty();
        }
        if (text.isEmpty()) {
            problems.add(Problem.error(SourceLocation.file(FILE), "", "file.encoding", "文件不是 UTF-8 编码",
                    "用 UTF-8 编码另存为此文件"));
            return Optional.empty();
        }
        return YamlTree.parse(FILE, text.get(), 1, problems).flatMap(yaml -> {
            // the allowlist itself is where the site records the values it allows, not published text
            yaml.texts(SiteConfigLoader::isNameField).stream()
                    .filter(value -> !value.location().field().startsWith("privacy")).forEach(texts::add);
            return read(yaml, problems);
        });
    }

    private static boolean isNameField(String field) {
        return Set.of("title", "title_en", "publisher", "publisher_en").contains(field) || field.startsWith("region");
    }

    private static Optional<SiteConfig> read(YamlTree yaml, List<Problem> problems) {
        int before = problems.size();
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            problems.add(Problem.error(yaml.at(""), "", "config.shape", "配置应是“键: 值”形式", "见 docs/content-format.md"));
            return Optional.empty();
        }
        yaml.reportUnknownKeys(FIELDS, "config.unknown-field", "配置项", problems);
        String title = required(yaml, "/title", problems);
        String language = YamlTree.text(root, "language").orElse("zh-CN");
        if (!LANGUAGES.contains(language)) {
            problems.add(Problem.error(yaml.at("/language"), language, "config.language", "不支持的语言",
                    "写 zh-CN 或 en"));
        }
        String baseUrl = baseUrl(yaml, problems);
        List<County> counties = counties(yaml, problems);
        int threshold = suppressionThreshold(yaml, problems);
        Map<String, String> pinyin = pinyinOverrides(yaml, problems);
        List<AllowedValue> allowlist = privacyAllowlist(yaml, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        JsonNode licence = root.path("data_licence");
        return Optional.of(new SiteConfig(title, YamlTree.text(root, "title_en").orElse(title), language, baseUrl,
                YamlTree.text(root, "publisher").orElse(""), YamlTree.text(root, "publisher_en").orElse(YamlTree.text(root, "publisher").orElse("")),
                YamlTree.text(root.path("region"), "name").orElse(counties.get(0).name()), counties,
                root.path("standards"), YamlTree.text(licence, "name").orElse("CC BY 4.0"),
                YamlTree.text(licence, "url").orElse("https://creativecommons.org/licenses/by/4.0/"), threshold, pinyin,
                allowlist));
    }

    /** {@code privacy: { allow: [ { value: "…", reason: "…" } ] }}: every allowed value needs its reason. */
    private static List<AllowedValue> privacyAllowlist(YamlTree yaml, List<Problem> problems) {
        JsonNode privacy = yaml.root().path("privacy");
        List<AllowedValue> allowed = new ArrayList<>();
        if (privacy.isMissingNode() || privacy.isNull()) {
            return allowed;
        }
        String shape = "写成 privacy: { allow: [ { value: \"…\", reason: \"…\" } ] }";
        if (!hasOnly(privacy, "allow") || !privacy.path("allow").isArray()) {
            problems.add(Problem.error(yaml.at("/privacy"), "", "config.privacy", "privacy 只能有 allow 一项，且 allow 是列表",
                    shape));
            return allowed;
        }
        JsonNode list = privacy.get("allow");
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/privacy/allow/" + i;
            JsonNode entry = list.get(i);
            Optional<String> value = YamlTree.text(entry, "value");
            Optional<String> reason = YamlTree.text(entry, "reason");
            if (!hasOnly(entry, "value", "reason") || value.isEmpty()) {
                problems.add(Problem.error(yaml.at(pointer), "", "config.privacy",
                        "privacy.allow 的每一项要有 value 和 reason，不能有别的键", shape));
            } else if (reason.isEmpty()) {
                problems.add(Problem.error(yaml.at(pointer + "/value"), "", "config.privacy-reason",
                        "privacy.allow 中的值没有写理由", "加上 reason：为什么这个值可以公开（例如“县招生咨询热线，已在县政府网站公开”）"));
            } else {
                allowed.add(new AllowedValue(value.get(), reason.get(), yaml.at(pointer + "/value")));
            }
        }
        return allowed;
    }

    private static int suppressionThreshold(YamlTree yaml, List<Problem> problems) {
        JsonNode node = yaml.root().path("suppression_threshold");
        if (node.isMissingNode() || node.isNull()) {
            return SiteConfig.DEFAULT_SUPPRESSION_THRESHOLD;
        }
        if (!node.isIntegralNumber() || node.asInt() < 2 || node.asInt() > 100) {
            problems.add(Problem.error(yaml.at("/suppression_threshold"), node.asText(), "config.suppression-threshold",
                    "suppression_threshold 应是 2 到 100 之间的整数", "通常写 5：少于 5 人的数不公布"));
            return SiteConfig.DEFAULT_SUPPRESSION_THRESHOLD;
        }
        return node.asInt();
    }

    private static Map<String, String> pinyinOverrides(YamlTree yaml, List<Problem> problems) {
        JsonNode node = yaml.root().path("pinyin_overrides");
        Map<String, String> overrides = new TreeMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return overrides;
        }
        if (!node.isObject()) {
            problems.add(Problem.error(yaml.at("/pinyin_overrides"), "", "config.pinyin", "pinyin_overrides 应是“词: 拼音”形式",
                    "例如 长冲: chang chong"));
            return overrides;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String word = field.getKey().strip();
            String syllables = field.getValue().asText("").strip().toLowerCase(java.util.Locale.ROOT);
            int characters = word.codePointCount(0, word.length());
            if (word.isEmpty() || !syllables.matches("[a-zü]+( [a-zü]+)*")
                    || syllables.split(" ").length != characters) {
                problems.add(Problem.error(yaml.at("/pinyin_overrides/" + field.getKey()), field.getKey(),
                        "config.pinyin", "拼音应是与汉字个数相同、用空格分开的音节",
                        "例如 长冲: chang chong（不带声调）"));
                continue;
            }
            overrides.put(word, syllables);
        }
        return overrides;
    }

    private static String baseUrl(YamlTree yaml, List<Problem> problems) {
        String value = YamlTree.text(yaml.root(), "base_url").orElse("/");
        if (value.equals("/")) {
            return value;
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null || !Set.of("http", "https").contains(uri.getScheme())) {
                throw new URISyntaxException(value, "not an absolute http(s) address");
            }
        } catch (URISyntaxException e) {
            problems.add(Problem.error(yaml.at("/base_url"), value, "config.base-url", "base_url 不是完整的网址",
                    "写成 https://www.example.gov.cn/jyj/junheng/"));
        }
        return value.endsWith("/") ? value : value + "/";
    }

    private static List<County> counties(YamlTree yaml, List<Problem> problems) {
        JsonNode list = yaml.root().path("region").path("counties");
        List<County> counties = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(Problem.error(yaml.at("/region"), "", "config.counties", "region.counties 中至少要有一个县区",
                    "加入 - { code: \"990101\", name: 某某县 }"));
            return counties;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/region/counties/" + i;
            String code = YamlTree.text(list.get(i), "code").orElse("");
            if (!code.matches("\\d{6}")) {
                problems.add(Problem.error(yaml.at(pointer + "/code"), code, "config.county-code",
                        "县区代码应是 6 位数字", "写行政区划代码，加引号：code: \"990101\""));
            } else if (!codes.add(code)) {
                problems.add(Problem.error(yaml.at(pointer + "/code"), code, "config.county-code", "县区代码重复",
                        "每个县区只写一次"));
            }
            String name = YamlTree.text(list.get(i), "name").orElse("");
            if (name.isEmpty()) {
                problems.add(Problem.error(yaml.at(pointer), "", "config.county-name", "缺少县区名称 name", "加入 name"));
            }
            counties.add(new County(code, name, YamlTree.text(list.get(i), "name_en").orElse(name)));
        }
        return counties;
    }

    private static boolean hasOnly(JsonNode node, String... keys) {
        if (!node.isObject()) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!List.of(keys).contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static String required(YamlTree yaml, String pointer, List<Problem> problems) {
        Optional<String> value = YamlTree.text(yaml.root(), pointer.substring(1));
        if (value.isEmpty()) {
            problems.add(Problem.error(yaml.at(pointer), "", "config.required", "缺少必填配置项 " + pointer.substring(1),
                    "在 " + FILE + " 中加入 " + pointer.substring(1) + ": …"));
        }
        return value.orElse("");
    }
}
