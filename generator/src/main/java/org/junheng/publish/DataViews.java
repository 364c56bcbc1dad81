package org.junheng.publish;

import java.util.List;

/** The view models of the data page and the data dictionary: text ready to print, links relative to the site root. */
public final class DataViews {

    private DataViews() {
    }

    /** One table of one folder with its downloads (the Excel form in one file or several) and the canonical file's digest. */
    public record Download(String title, String name, String csv, List<Link> excel, String json, String rows, String size,
                           String sha256, String dictionary) {

        public Download {
            excel = List.copyOf(excel);
        }
    }

    /** A download's address, relative to the site root, and the text of its link. */
    public record Link(String url, String text) {
    }

    /** A folder of tables: a school year or {@code latest/}. */
    public record Folder(String id, String label, String path, String datapackage, List<Download> tables) {
    }

    /** One release of the change log. */
    public record ReleaseEntry(String version, String date, String summary, List<String> added, List<String> removed,
                               List<String> changed, List<String> columnsChanged, List<CorrectionEntry> corrections) {
    }

    /** A declared correction as the change log shows it. */
    public record CorrectionEntry(String date, String table, String scope, String what, String why) {
    }

    /** One table of the data dictionary. */
    public record DictionaryTable(String anchor, String name, String title, String titleEn, String description,
                                  String descriptionEn, String files, String primaryKey, List<String> foreignKeys,
                                  List<DictionaryField> fields) {
    }

    /** One field of the data dictionary. */
    public record DictionaryField(String name, String type, String unit, String title, String titleEn,
                                  String description, String descriptionEn, String constraints) {
    }
}
