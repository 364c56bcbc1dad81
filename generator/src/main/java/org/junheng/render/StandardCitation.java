package org.junheng.render;

import org.junheng.indicators.StandardSet;

/** The sentence every page that shows a threshold carries: the standard document and any local override. */
final class StandardCitation {

    private StandardCitation() {
    }

    static String of(PageFactory pages, StandardSet standards) {
        // an override's citation names a local document, which exists only in Chinese
        String overrides = pages.chinese(String.join("；",
                standards.overrides().stream().map(o -> o.provenance().citation()).toList()));
        return pages.label("citation.standard", "document", pages.text(standards.document()))
                + (overrides.isEmpty() ? "" : pages.label("citation.overrides", "overrides", overrides))
                + pages.punctuation("period");
    }
}
