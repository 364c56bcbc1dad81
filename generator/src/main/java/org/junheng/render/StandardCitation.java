package org.junheng.render;

import org.junheng.indicators.StandardSet;

/** The sentence every page that shows a threshold carries: the standard document and any local override. */
final class StandardCitation {

    private StandardCitation() {
    }

    static String of(StandardSet standards) {
        String overrides = String.join("；", standards.overrides().stream().map(o -> o.provenance().citation()).toList());
        return "标准依据：" + standards.document().zh() + (overrides.isEmpty() ? "" : "；本地调整：" + overrides) + "。";
    }
}
