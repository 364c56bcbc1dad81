package org.junheng.render;

/**
 * A page's QR code as its template draws it: drawn only when the page is rendered, since finding
 * a code's best mask is costly and a rebuild keys most pages without rendering them. Its digest is
 * its text and label, from which the generator's own code draws the same code every time.
 */
public record QrCodeView(String text, String label) {

    public String svg() {
        return QrCodeSvg.of(text, label);
    }
}
