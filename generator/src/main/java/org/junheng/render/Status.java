package org.junheng.render;

import org.junheng.indicators.Outcome;

/** An outcome as shown: words with a symbol, and a CSS class; colour is never the only cue. */
public record Status(String text, String css) {

    static Status of(Outcome outcome) {
        return new Status(ResultFormat.status(outcome), ResultFormat.css(outcome));
    }
}
