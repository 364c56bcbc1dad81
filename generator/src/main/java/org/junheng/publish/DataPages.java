package org.junheng.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     */
    Page dataPage(Map<String, List<PublishedTable>> folders, int latestYear, ChangeLog changeLog, String jsonLd) {
        List<DataViews.Folder> views = new ArrayList<>();
        folders.forEach((folder, tables) -> views.add(folder(folder, tables, latestYear)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("release", entry(changeLog.current()));
        model.put("releases", changeLog.releases().stream().map(this::entry).toList());
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
                ? pages.label("data.latest-folder", "year", pages.schoolYear(latestYear)) + pages.punctuation("colon")
                        + DataFiles.LATEST + "/"
                : pages.schoolYear(Integer.parseInt(folder)) + pages.punctuation("colon") + folder + "/";
        List<DataViews.Download> downloads = tables.stream().map(t -> new DataViews.Download(pages.text(t.schema().title()),
                t.schema().name(), URL + t.csv(), excel(t), URL + t.json(), Numbers.integer(t.rows()),
                Numbers.fileSize(t.bytes()), t.sha256(), DICTIONARY_URL + "#" + anchor(t.schema()))).toList();
        return new DataViews.Folder("folder-" + folder, label, URL + folder + "/", URL + folder + "/datapackage.json",
                downloads);
    }

    /** The links to a table's Excel form: "Excel", or one per part when the table does not fit one sheet. */
    private List<DataViews.Link> excel(PublishedTable table) {
        return table.excel().stream().map(part -> new DataViews.Link(URL + part.path(), part.whole() ? "Excel"
                : pages.label("data.excel-part", "n", part.number(), "parts", part.parts(),
                        "first", Numbers.integer(part.firstRow()), "last", Numbers.integer(part.lastRow())))).toList();
    }

    DataViews.ReleaseEntry entry(Release release) {
        String summary = release.first()
                ? pages.label("data.release-first", "n", release.added().size())
                : pages.label("data.release-changes", "added", release.added().size(), "removed",
                        release.removed().size(), "changed", release.changed().size())
                        + (release.corrections().isEmpty() ? ""
                        : pages.label("data.release-corrections", "n", release.corrections().size()));
        // corrections are the bureau's own words, in Chinese
        List<DataViews.CorrectionEntry> corrections = release.corrections().stream()
                .map(c -> new DataViews.CorrectionEntry(c.date().toString(), c.table(), scope(c),
                        pages.chinese(c.what()), pages.chinese(c.why())))
                .toList();
        return new DataViews.ReleaseEntry(release.version(), release.date().toString(), summary,
                release.first() ? List.of() : release.added(), release.removed(), release.changed(),
                release.columnsChanged(), corrections);
    }

    private String scope(CorrectionNote note) {
        List<String> parts = new ArrayList<>();
        note.year().ifPresent(year -> parts.add(pages.schoolYear(year)));
        note.school().ifPresent(school -> parts.add(pages.chinese(school)));
        return String.join(pages.punctuation("comma"), parts);
    }

    static String anchor(TableSchema schema) {
        return "table-" + schema.name();
    }

    private DataViews.DictionaryTable table(TableSchema schema) {
        List<String> foreignKeys = schema.foreignKeys().stream()
                .map(k -> String.join(", ", k.fields()) + " → " + k.table() + "." + String.join(", ", k.referencedFields()))
                .toList();
        String files = "data/" + pages.label("dictionary.year-folder") + "/" + schema.name() + ".csv"
                + pages.punctuation("list") + schema.name() + DataFiles.EXCEL_SUFFIX + pages.punctuation("list")
                + schema.name() + ".json";
        return new DataViews.DictionaryTable(anchor(schema), schema.name(), pages.chinese(schema.title().zh()),
                schema.title().en(), pages.chinese(schema.description().zh()), pages.quoting(schema.description().en()),
                files, String.join(", ", schema.primaryKey()),
                foreignKeys, schema.fields().stream().map(this::field).toList());
    }

    private DataViews.DictionaryField field(DataField field) {
        String type = pages.english() ? field.type().key()
                : field.type().key() + "（" + field.type().chinese() + "）";
        String unit = field.unit().map(u -> pages.english() ? u.en()
                : u.zh().equals(u.en()) ? u.zh() : u.zh() + "（" + u.en() + "）").orElse("");
        return new DataViews.DictionaryField(field.name(), type, unit, pages.chinese(field.title().zh()),
                field.title().en(), pages.chinese(field.description().zh()), pages.quoting(field.description().en()),
                constraints(field));
    }

    private String constraints(DataField field) {
        List<String> parts = new ArrayList<>();
        if (field.mandatory()) {
            parts.add(pages.label("dictionary.mandatory"));
        }
        if (!field.allowed().isEmpty()) {
            // allowed values are data, written as the files hold them (some are Chinese words)
            parts.add(pages.label("dictionary.allowed", "values", pages.chinese(pages.list(field.allowed()))));
        }
        field.pattern().ifPresent(pattern -> parts.add(pages.label("dictionary.pattern", "pattern", pattern)));
        field.minimum().ifPresent(minimum -> parts.add(pages.label("dictionary.minimum", "n", Cells.decimal(minimum))));
        switch (field.childCount()) {
            case SCHOOL_SIZE -> parts.add(pages.label("dictionary.school-size"));
            case SUPPRESSED -> parts.add(pages.label("dictionary.suppressed", "threshold", suppressionThreshold,
                    "code", MissingValues.SUPPRESSED));
            default -> { }
        }
        return String.join(pages.punctuation("semicolon"), parts);
    }
}
