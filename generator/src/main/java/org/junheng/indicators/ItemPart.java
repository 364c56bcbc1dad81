package org.junheng.indicators;

import java.util.List;
import java.util.Optional;

/** One of the parts made of county items (政府保障程度, 教育质量, 社会认可度, 一票否决) and its outcome. */
public record ItemPart(Part part, List<ItemResult> items, Outcome outcome, List<Text> failures, List<Text> undecided) {

    public ItemPart {
        items = List.copyOf(items);
        failures = List.copyOf(failures);
        undecided = List.copyOf(undecided);
    }

    public Optional<ItemResult> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    static ItemPart of(Part part, List<ItemResult> items) {
        List<Text> failures = items.stream().filter(i -> i.outcome() == Outcome.NOT_MET).map(ItemPart::describe).toList();
        List<Text> undecided = items.stream().filter(i -> i.outcome().isUndecided()).map(ItemPart::describe).toList();
        return new ItemPart(part, items, Outcome.of(failures, undecided), failures, undecided);
    }

    /** E.g. G7 特殊教育学校生均公用经费不低于6000元（特殊教育生均公用经费为 5500 元，要求 ≥ 6000 元）. */
    private static Text describe(ItemResult item) {
        Text title = item.title();
        return item.problem()
                .map(p -> Text.of(title.zh() + "（" + p.zh() + "）", title.en() + " (" + p.en() + ")"))
                .orElse(title);
    }
}
