package org.junheng.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a declared result list: {@code results/{name}.yml} declares it (title, notice period)
 * and {@code results/{name}.csv} holds its rows. Only a masked name or an application number
 * may identify a child: columns or values that look like ID numbers, phone numbers,
 * addresses, birth dates, scores or ranks are errors, and names are masked as they are read.
 */
public final class ResultListReader {

    public static final List<Column> COLUMNS = List.of(
            Column.optional("name", "姓名"),
            Column.optional("number", "报名号"),
            Column.optional("category", "类别"),
            Column.optional("result", "录取结果"),
            Column.optional("note", "备注"));

    private static final Set<String> FIELDS = Set.of("title", "school", "published", "notice_start", "notice_end");
    /** Header fragments that name personal data a list must never carry. */
    private static final List<String> PERSONAL_HEADERS = List.of("身份证", "证件", "电话", "手机", "联系方式", "住址",
            "地址", "住所", "户籍地", "出生", "生日", "年龄", "成绩", "分数", "排名", "名次", "家长", "监护人", "idcard",
            "id_number", "idnumber", "identity", "phone", "mobile", "telephone", "address", "birth", "score", "rank",
            "parent", "guardian");
    /** Short English headers that are personal only as whole words. */
    private static final Set<String> PERSONAL_WORDS = Set.of("id", "tel", "dob", "age");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])|(?<![0-9])[0-9]{15}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])|(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])");
    private static final Pattern DATE = Pattern.compile("(19|20)[0-9]{2}\\s*[-/.年]\\s*[01]?[0-9]\\s*[-/.月]\\s*[0-3]?[0-9]");
    private static final Pattern ADDRESS = Pattern.compile("[0-9０-９一二三四五六七八九十]+\\s*(号|栋|幢|单元|室|弄|巷)");

    public Optional<ResultList> read(String declarationFile, String declaration, String listFile, Optional<String> list,
                                     int year, String slug, List<Problem> problems) {
        Optional<YamlTree> parsed = YamlTree.parse(declarationFile, declaration, 1, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlTree yaml = parsed.get();
        int before = problems.size();
        JsonNode root = yaml.root();
        if (!root.isObject()) {
            problems.add(Problem.error(yaml.at(""), "", "result-list.declaration", "名单声明应是“键: 值”形式",
                    "写明 title、published、notice_start、notice_end"));
            return Optional.empty();
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(Problem.error(yaml.at("/" + name), name, "result-list.unknown-field",
                        "未知的字段“" + name + "”", "可用字段：" + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        }
        String title = YamlTree.text(root, "title").orElse("");
        if (title.isEmpty()) {
            problems.add(Problem.error(yaml.at("/title"), "", "result-list.required", "缺少名单标题 title",
                    "加入 title: …"));
        }
        Optional<LocalDate> published = date(yaml, "published", problems);
        Optional<LocalDate> start = date(yaml, "notice_start", problems);
        Optional<LocalDate> end = date(yaml, "notice_end", problems);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(Problem.error(yaml.at("/notice_end"), end.get().toString(), "result-list.period",
                    "公示期结束日期早于开始日期", "检查 notice_start 和 notice_end"));
        }
        if (list.isEmpty()) {
            problems.add(Problem.error(SourceLocation.file(declarationFile), listFile, "result-list.missing-table",
                    "找不到与声明同名的名单表格", "把名单保存为 " + listFile));
            return Optional.empty();
        }
        List<TableRow> rows = readRows(listFile, list.get(), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        List<Column> present = COLUMNS.stream().filter(c -> rows.stream().anyMatch(r -> r.columns().containsKey(c.key())))
                .toList();
        if (rows.isEmpty() || present.stream().noneMatch(c -> c.key().equals("name") || c.key().equals("number"))) {
            problems.add(Problem.error(SourceLocation.file(listFile), "", "result-list.no-identifier",
                    "名单既没有“姓名”列也没有“报名号”列", "加入“报名号”列（推荐），或“姓名”列（发布时自动遮盖）"));
            return Optional.empty();
        }
        List<List<String>> masked = new ArrayList<>();
        for (TableRow row : rows) {
            masked.add(present.stream().map(c -> c.key().equals("name")
                    ? row.text("name").map(NameMask::mask).orElse("") : row.text(c.key()).orElse("")).toList());
        }
        return Optional.of(new ResultList(slug, year, title, YamlTree.text(root, "school"), published.get(), start.get(),
                end.get(), present.stream().map(Column::chinese).toList(), masked,
                SourceLocation.file(declarationFile)));
    }

    private static List<TableRow> readRows(String file, String text, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        List<TableRow> rows = new CsvTableReader(COLUMNS).read(file, text, found);
        for (Problem problem : found) {
            // a column of personal data gets its own, sharper message
            problems.add(problem.rule().equals("csv.unknown-column") && personal(problem.value())
                    ? Problem.error(problem.location(), problem.value(), "result-list.personal-column",
                            "名单中不能有身份证号、电话、住址、出生日期、成绩或排名等个人信息",
                            "删除这一列；名单只能有遮盖后的姓名或报名号、类别、录取结果和备注")
                    : problem);
        }
        for (TableRow row : rows) {
            for (Column column : COLUMNS) {
                row.text(column.key()).ifPresent(value -> checkValue(row, column.key(), value, problems));
            }
        }
        return rows;
    }

    private static void checkValue(TableRow row, String key, String value, List<Problem> problems) {
        String kind = ID_NUMBER.matcher(value).find() ? "身份证号"
                : PHONE.matcher(value).find() ? "电话号码"
                : DATE.matcher(value).find() ? "日期（可能是出生日期）"
                : ADDRESS.matcher(value).find() && !key.equals("number") ? "门牌地址"
                : null;
        if (kind != null) {
            problems.add(Problem.error(row.at(key), "（已隐去）", "result-list.personal-value",
                    "名单的这一格像是" + kind + "，不能公开", "删除这一内容；名单只能有遮盖后的姓名或报名号"));
        }
    }

    static boolean personal(String header) {
        String normalized = HeaderNames.normalize(header).toLowerCase(Locale.ROOT);
        return PERSONAL_WORDS.contains(normalized) || PERSONAL_HEADERS.stream().anyMatch(normalized::contains);
    }

    private static Optional<LocalDate> date(YamlTree yaml, String field, List<Problem> problems) {
        if (YamlTree.text(yaml.root(), field).isEmpty()) {
            problems.add(Problem.error(yaml.at("/" + field), "", "result-list.required", "缺少 " + field,
                    "加入 " + field + ": 2024-07-20"));
            return Optional.empty();
        }
        return yaml.date("/" + field, "result-list.date", problems);
    }
}
