package org.junheng.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junheng.render.Numbers;
import org.junheng.render.Page;
import org.junheng.render.PageFactory;
import org.junheng.render.SchoolYears;

/**
 * The data page ({@code /data/}: downloads, licence, release, checksums, change log, and the
 * Dataset JSON-LD) and the data dictionary ({@code /data/dictionary/}), both drawn from the same
 * schemas the files and {@code datapackage.json} are written from.
 */
final class DataPages {

    static final String URL = DataFiles.FOLDER + "/";
    static final String DICTIONARY_URL = DataFiles.FOLDER + "/dictionary/";

    private final PageFactory pages;
    private final int suppressionThreshold;

    DataPages(PageFactory pages, int suppressionThreshold) {
        this.pages = pages;
        this.suppressionThreshold = suppressionThreshold;
    }

    /**
     * @param folders the published tables by folder, in the order to list them (latest first)
     * @param sums    the digests of every data file, by path relative to /data/
     */
    Page dataPage(Map<String, List<PublishedTable>> folders, int latestYear, ChangeLog changeLog,
                  SortedMap<String, String> sums, String jsonLd) {
        List<DataViews.Folder> views = new ArrayList<>();
        folders.forEach((folder, tables) -> views.add(folder(folder, tables, latestYear)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("release", entry(changeLog.current()));
        model.put("releases", changeLog.releases().stream().map(DataPages::entry).toList());
        model.put("folders", views);
        model.put("datapackage", folders.isEmpty() ? "" : URL + "datapackage.json");
        model.put("sums", URL + Sha256Sums.FILE);
        model.put("changelog", URL + ChangeLog.FILE);
        model.put("dictionary", DICTIONARY_URL);
        model.put("missingNote", pages.label("data.format-missing").replace("{threshold}", String.valueOf(suppressionThreshold)));
        model.put("jsonLd", jsonLd);
        return pages.page(URL, "data.ftlh", pages.label("data.title"), "data", pages.label("data.description"), model);
    }

    Page dictionaryPage(List<TableSchema> schemas) {
        List<DataViews.DictionaryTable> tables = schemas.stream().map(this::table).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("tables", tables);
        model.put("missingNote", pages.label("dictionary.missing").replace("{threshold}", String.valueOf(suppressionThreshold)));
        model.put("listsNote", pages.label("dictionary.lists").replace("{separator}", Cells.LIST_SEPARATOR));
        return pages.page(DICTIONARY_URL, "data-dictionary.ftlh", pages.label("dictionary.title"), "data",
                pages.label("dictionary.description"), model);
    }

    private DataViews.Folder folder(String folder, List<PublishedTable> tables, int latestYear) {
        String label = folder.equals(DataFiles.LATEST)
                ? "最新评估学年（" + SchoolYears.label(latestYear) + "）：" + DataFiles.LATEST + "/"
                : SchoolYears.label(Integer.parseInt(folder)) + "：" + folder + "/";
        List<DataViews.Download> downloads = tables.stream().map(t -> new DataViews.Download(t.schema().title().zh(),
                t.schema().name(), URL + t.csv(), URL + t.excel(), URL + t.json(), Numbers.integer(t.rows()),
                Numbers.fileSize(t.bytes()), t.sha256(), DICTIONARY_URL + "#" + anchor(t.schema()))).toList();
        return new DataViews.Folder("folder-" + folder, label, URL + folder + "/", URL + folder + "/datapackage.json",
                downloads);
    }

    static DataViews.ReleaseEntry entry(Release release) {
        String summary = release.first()
                ? "首次发布，共 " + release.added().size() + " 个数据表文件"
                : "新增 " + release.added().size() + " 个、删除 " + release.removed().size() + " 个、更新 "
                        + release.changed().size() + " 个数据表文件" + (release.corrections().isEmpty() ? ""
                        : "，更正 " + release.corrections().size() + " 处");
        List<DataViews.CorrectionEntry> corrections = release.corrections().stream()
                .map(c -> new DataViews.CorrectionEntry(c.date().toString(), c.table(), scope(c), c.what(), c.why()))
                .toList();
        return new DataViews.ReleaseEntry(release.version(), release.date().toString(), summary,
                release.first() ? List.of() : release.added(), release.removed(), release.changed(),
                release.columnsChanged(), corrections);
    }

    private static String scope(CorrectionNote note) {
        List<String> parts = new ArrayList<>();
        note.year().ifPresent(year -> parts.add(SchoolYears.label(year)));
        note.school().ifPresent(parts::add);
        return String.join("，", parts);
    }

    static String anchor(TableSchema schema) {
        return "table-" + schema.name();
    }

    private DataViews.DictionaryTable table(TableSchema schema) {
        List<String> foreignKeys = schema.foreignKeys().stream()
                .map(k -> String.join(", ", k.fields()) + " → " + k.table() + "." + String.join(", ", k.referencedFields()))
                .toList();
        String files = "data/{学年}/" + schema.name() + ".csv、" + schema.name() + DataFiles.EXCEL_SUFFIX + "、"
                + schema.name() + ".json";
        return new DataViews.DictionaryTable(anchor(schema), schema.name(), schema.title().zh(), schema.title().en(),
                schema.description().zh(), schema.description().en(), files, String.join(", ", schema.primaryKey()),
                foreignKeys, schema.fields().stream().map(this::field).toList());
    }

    private DataViews.DictionaryField field(DataField field) {
        return new DataViews.DictionaryField(field.name(), field.type().key() + "（" + field.type().chinese() + "）",
                field.unit().map(u -> u.zh().equals(u.en()) ? u.zh() : u.zh() + "（" + u.en() + "）").orElse(""),
                field.title().zh(), field.title().en(), field.description().zh(), field.description().en(),
                constraints(field));
    }

    private String constraints(DataField field) {
        List<String> parts = new ArrayList<>();
        if (field.mandatory()) {
            parts.add("必填");
        }
        if (!field.allowed().isEmpty()) {
            parts.add("取值：" + String.join("、", field.allowed()));
        }
        field.pattern().ifPresent(pattern -> parts.add("格式：" + pattern));
        field.minimum().ifPresent(minimum -> parts.add("最小值 " + Cells.decimal(minimum)));
        switch (field.childCount()) {
            case SCHOOL_SIZE -> parts.add("学校规模，照常公布");
            case SUPPRESSED -> parts.add("少于 " + suppressionThreshold + " 人时以 " + MissingValues.SUPPRESSED + " 代替");
            default -> { }
        }
        return String.join("；", parts);
    }
}
