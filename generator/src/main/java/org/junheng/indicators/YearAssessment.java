package org.junheng.indicators;

import java.util.List;
import java.util.Optional;

import org.junheng.content.SourceLocation;

/**
 * A county's whole assessment for one school year under the site's standard set.
 *
 * @param itemParts     the item parts the set has (政府保障程度, 教育质量, 社会认可度, 一票否决), in that order
 * @param basicBalanceView the 2012 basic-balance view (8 CVs and their mean) when requested, assessed when first read
 * @param inputsSource     the county-inputs file for this year, if there is one
 */
public record YearAssessment(
        int year,
        ResourceAllocation resources,
        List<ItemPart> itemParts,
        Verdict verdict,
        BasicBalanceView basicBalanceView,
        Optional<SourceLocation> inputsSource) {

    public YearAssessment {
        itemParts = List.copyOf(itemParts);
    }

    /** The 2012 basic-balance view, if the site asked for it; assessed the first time it is read. */
    public Optional<ResourceAllocation> basicBalance() {
        return basicBalanceView.get();
    }

    public Optional<ItemPart> part(Part part) {
        return itemParts.stream().filter(p -> p.part() == part).findFirst();
    }

    /** Any county item by code (G1–G15, Q1–Q9, S1, V1–V6). */
    public Optional<ItemResult> item(String code) {
        return itemParts.stream().map(p -> p.item(code)).flatMap(Optional::stream).findFirst();
    }
}
