package org.junheng.render;

import net.logicsquad.qr4j.QrCode;

/**
 * A QR code drawn as inline SVG at build time, for the printed summary of a page: the same
 * text gives the same bytes on every machine. Dark modules of a row that touch are drawn as
 * one rectangle, which keeps the path short.
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
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < qr.size && qr.getModule(x + run, y)) {
                    run++;
                }
                path.append('M').append(x + BORDER).append(',').append(y + BORDER)
                        .append('h').append(run).append("v1h-").append(run).append('z');
                x += run;
            }
        }
        return "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\" shape-rendering=\"crispEdges\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
