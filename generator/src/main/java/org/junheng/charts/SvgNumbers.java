package org.junheng.charts;

/**
 * Numbers for SVG geometry, rounded to a hundredth of a pixel: JFreeSVG otherwise writes every
 * coordinate with up to seventeen digits (228.04110953058319), which no screen can show and
 * which made up much of each chart's bytes. Written without a locale, so every machine agrees.
 */
final class SvgNumbers {

    /**
     * How many of the hundredths from 0 up are kept once written: almost every coordinate of a chart
     * is below 1,000.
     */
    private static final int KEPT = 100_000;
    /**
     * The text of each kept hundredth once some chart has written it: a chart writes hundreds of
     * numbers, mostly ones other charts wrote before. Threads share it without a lock; one that
     * finds a text missing writes the same text again, and a string is safe to pass between threads.
     */
    private static final String[] WRITTEN = new String[KEPT];

    private SvgNumbers() {
    }

    static String hundredths(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long scaled = Math.round(value * 100);
        if (scaled < 0 || scaled >= KEPT) {
            return written(scaled);
        }
        String text = WRITTEN[(int) scaled];
        if (text == null) {
            text = written(scaled);
            WRITTEN[(int) scaled] = text;
        }
        return text;
    }

    private static String written(long scaled) {
        StringBuilder text = new StringBuilder(12);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / 100);
        long fraction = scaled % 100;
        if (fraction != 0) {
            text.append('.');
            if (fraction % 10 == 0) {
                text.append(fraction / 10);
            } else {
                text.append(fraction < 10 ? "0" : "").append(fraction);
            }
        }
        return text.toString();
    }
}
