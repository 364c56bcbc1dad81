package org.junheng.render;

import java.util.List;
import org.junheng.content.Stage;
import org.junheng.indicators.Quantity;

/** The statistics columns (docs/content-format.md) an indicator's numerator is computed from, each with its meaning. */
final class RawColumns {

    private RawColumns() {
    }

    static List<String> of(PageFactory pages, Quantity quantity, Stage stage) {
        String prefix = stage.key() + "_";
        return switch (quantity) {
            case TEACHERS -> List.of(staged(pages, prefix + "teachers", stage, "stat.teachers"));
            case TEACHERS_ABOVE_DEGREE -> List.of(staged(pages, prefix + "teachers_above_degree", stage,
                    "stat.teachers-above-degree"));
            case BACKBONE_TEACHERS -> List.of(staged(pages, prefix + "backbone_teachers", stage,
                    "stat.backbone-teachers"));
            case PE_ARTS_TEACHERS -> List.of(staged(pages, prefix + "pe_teachers", stage, "stat.pe-teachers"),
                    staged(pages, prefix + "music_teachers", stage, "stat.music-teachers"),
                    staged(pages, prefix + "art_teachers", stage, "stat.art-teachers"));
            case MID_SENIOR_TITLE_TEACHERS -> List.of(staged(pages, prefix + "mid_senior_title_teachers", stage,
                    "stat.mid-senior-title-teachers"));
            case TEACHING_AREA -> List.of(column(pages, "teaching_area", pages.label("stat.teaching-area")
                    + pages.punctuation("comma") + pages.label("unit.m2")));
            case SPORTS_AREA -> List.of(column(pages, "sports_ground_area", pages.label("stat.sports-ground-area")
                            + pages.punctuation("comma") + pages.label("unit.m2")),
                    column(pages, "sports_hall_area", pages.label("stat.sports-hall-area")
                            + pages.punctuation("comma") + pages.label("unit.m2")));
            case EQUIPMENT_VALUE -> List.of(column(pages, "equipment_value", pages.label("stat.equipment-value")
                    + pages.punctuation("comma") + pages.label("unit.wan-yuan") + pages.punctuation("comma")
                    + pages.label("raw.equipment-note")));
            case MULTIMEDIA_CLASSROOMS -> List.of(column(pages, "multimedia_classrooms", pages.label("raw.multimedia")));
            case COMPUTERS -> List.of(column(pages, "computers", pages.label("raw.computers")));
            case BOOKS -> List.of(column(pages, "books", pages.label("raw.books")));
        };
    }

    static String students(PageFactory pages, Stage stage) {
        return staged(pages, stage.key() + "_students", stage, "stat.students");
    }

    private static String staged(PageFactory pages, String column, Stage stage, String label) {
        return column(pages, column, pages.label("raw.stage-column", "stage", pages.stage(stage), "column",
                pages.label(label)));
    }

    private static String column(PageFactory pages, String column, String meaning) {
        return column + pages.bracketed(meaning);
    }
}
