package org.junheng.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junheng.content.SchoolType;
import org.junheng.content.Stage;
import org.junheng.indicators.IndicatorDefinition;
import org.junheng.indicators.Rule;
import org.junheng.indicators.Setting;
import org.junheng.indicators.StandardSet;

/** {@code methodology/}: how every number is computed, from the standard set the site applies. */
final class MethodologyPage {

    private final PageFactory pages;
    private final StandardSet standards;

    MethodologyPage(PageFactory pages, StandardSet standards) {
        this.pages = pages;
        this.standards = standards;
    }

    Page page() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("standard", pages.text(standards.name()));
        model.put("document", pages.text(standards.document()));
        model.put("overrides", standards.overrides().stream().map(o -> pages.chinese(o.provenance().citation())).toList());
        model.put("thresholds", thresholds());
        model.put("rules", rules());
        model.put("excludedNote", pages.label("methodology.excluded-text", "types",
                pages.list(standards.excludedTypes().stream().map(pages::type).toList())));
        return pages.page("methodology/", "methodology.ftlh", pages.label("methodology.title"), "assessment",
                pages.label("methodology.description"), model);
    }

    private TableView thresholds() {
        List<List<String>> rows = new ArrayList<>();
        for (IndicatorDefinition indicator : standards.indicators()) {
            List<String> row = new ArrayList<>();
            row.add(indicator.code() + " " + pages.text(indicator.name()));
            row.add(pages.text(indicator.formula()));
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(indicator.threshold(stage).map(this::cited).orElse(Numbers.NOT_REPORTED));
            }
            for (Stage stage : AssessmentViews.STAGES) {
                row.add(indicator.cvLimit(stage).map(this::cited).orElse(Numbers.NOT_REPORTED));
            }
            rows.add(row);
        }
        return new TableView(pages.label("methodology.thresholds"),
                List.of(pages.label("col.indicator"), pages.label("indicator.formula"),
                        pages.label("indicator.stage-threshold", "stage", pages.stage(Stage.PRIMARY)),
                        pages.label("indicator.stage-threshold", "stage", pages.stage(Stage.JUNIOR)),
                        pages.label("methodology.stage-limit", "stage", pages.stage(Stage.PRIMARY)),
                        pages.label("methodology.stage-limit", "stage", pages.stage(Stage.JUNIOR))), rows);
    }

    private TableView rules() {
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            standards.rules().find(rule).ifPresent(setting ->
                    rows.add(List.of(pages.text(rule.description()), cited(setting))));
        }
        return new TableView(pages.label("methodology.rules"), List.of(pages.label("methodology.rule"),
                pages.label("methodology.setting")), rows);
    }

    /** A value with where it came from when a local override changed it. */
    private String cited(Setting setting) {
        return setting.isOverridden()
                ? setting.plain() + pages.bracketed(pages.label("methodology.overridden", "source",
                        pages.chinese(setting.setBy().citation()), "original", setting.original().plain()))
                : setting.plain();
    }
}
