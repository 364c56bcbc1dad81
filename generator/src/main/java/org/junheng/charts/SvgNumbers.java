package org.junheng.charts;

/**
 * Numbers for SVG geometry, rounded to a hundredth of a pixel: JFreeSVG otherwise writes every
 * coordinate with up to seventeen digits (228.04110953058319), which no screen can show and
 * which made up much of each chart's bytes. Written without a locale, so every machine agrees.
 */
final class SvgNumbers {

    private SvgNumbers() {
    }

    static String hundredths(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long scaled = Math.round(value * 100);
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
