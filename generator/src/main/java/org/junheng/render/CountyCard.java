package org.junheng.render;

import java.util.List;

/** A county's key figures for the overview page. */
public record CountyCard(String name, String year, List<Fact> figures, List<Fact> schoolTypes) {

    public CountyCard {
        figures = List.copyOf(figures);
        schoolTypes = List.copyOf(schoolTypes);
    }
}
