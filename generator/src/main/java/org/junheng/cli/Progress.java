package org.junheng.cli;

import java.io.PrintWriter;
import org.junheng.render.SiteRenderer;

/** A one-line progress display, shown only when a person is watching a terminal. */
final class Progress {

    private Progress() {
    }

    static SiteRenderer.ProgressListener forTerminal(PrintWriter err) {
        if (System.console() == null) {
            return SiteRenderer.ProgressListener.SILENT;
        }
        return (done, total) -> {
            if (done == total || done % 50 == 0) {
                synchronized (err) {
                    err.print("\r生成页面 " + done + "/" + total + (done == total ? "\n" : ""));
                    err.flush();
                }
            }
        };
    }
}
