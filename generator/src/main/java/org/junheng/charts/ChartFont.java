package org.junheng.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font charts are laid out with: a CJK font shipped inside the jar and registered at
 * start-up, so that label widths — and so the SVG — are the same on every machine.
 */
final class ChartFont {

    static final String FAMILY = "WenQuanYi Micro Hei";
    /** What the SVG asks the reader's browser for instead: its own Chinese fonts. */
    static final String CSS_FAMILIES = "system-ui, -apple-system, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, "
            + "&quot;Noto Sans CJK SC&quot;, &quot;WenQuanYi Micro Hei&quot;, sans-serif";

    private static final Font BASE = load();

    private ChartFont() {
    }

    static Font plain(float size) {
        return BASE.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return BASE.deriveFont(Font.BOLD, size);
    }

    private static Font load() {
        try (InputStream in = ChartFont.class.getResourceAsStream("fonts/wqy-microhei-subset.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the chart font is missing from the jar");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font cannot be read", e);
        }
    }
}
