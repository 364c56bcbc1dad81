package org.junheng.render;

import net.logicsquad.qr4j.QrCode;

/**
 * A QR code drawn as inline SVG at build time, for the printed summary of a page: the same
 * text gives the same bytes on every machine. Dark modules of a row that touch are drawn as one
 * line a module wide along the row's middle, which covers what their rectangle would, each
 * from where the last one ended: every school's page has a code, and as rectangles from their
 * corners it was about an eighth of the page.
 */
final class QrCodeSvg {

    /** The quiet zone the QR standard asks for, in modules. */
    private static final int BORDER = 4;

    private QrCodeSvg() {
    }

    /** The code of {@code text}, labelled for screen readers with {@code label}. */
    static String of(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            int pen = -1; // where the row's last line ended, once it has one
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < qr.size && qr.getModule(x + run, y)) {
                    run++;
                }
                if (pen < 0) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append(".5");
                } else {
                    path.append('m').append(x - pen).append(",0");
                }
                path.append('h').append(run);
                pen = x + run;
                x += run;
            }
        }
        return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\""
                + " shape-rendering=\"crispEdges\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
