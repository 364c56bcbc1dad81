package org.junheng.site;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The preview's stream of builds, as Server-Sent Events. Each page served carries the number of
 * the build it shows; a page that connects after a newer build — it was loading while the build
 * finished — is told to reload at once, so no edit is missed between a page load and its stream.
 */
final class BuildEvents {

    private final List<OutputStream> listeners = new ArrayList<>();
    private long build;
    private boolean closed;

    /** The page's bytes with the listening script before {@code </body>}. */
    byte[] withListener(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return page;
        }
        String script = "<script>new EventSource(\"" + PreviewServer.EVENTS + "?build=" + current()
                + "\").addEventListener(\"reload\",function(){location.reload()})</script>";
        return (html.substring(0, end) + script + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    synchronized long current() {
        return build;
    }

    void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        String query = exchange.getRequestURI().getQuery();
        synchronized (this) {
            if (closed) {
                exchange.close();
                return;
            }
            // the retry line makes a browser reconnect quickly when the preview restarts
            send(stream, "retry: 500\n\n");
            if (query != null && query.startsWith("build=") && !query.equals("build=" + build)) {
                send(stream, reloadEvent());
            }
            listeners.add(stream);
        }
    }

    /** A new build is in place: every open page reloads. */
    synchronized void announce() {
        build++;
        String event = reloadEvent();
        listeners.removeIf(stream -> !send(stream, event));
    }

    synchronized void close() {
        closed = true;
        for (OutputStream stream : listeners) {
            try {
                stream.close();
            } catch (IOException e) {
                // the page has gone already
            }
        }
        listeners.clear();
    }

    private String reloadEvent() {
        return "event: reload\ndata: " + build + "\n\n";
    }

    /** False when the page has gone. */
    private static boolean send(OutputStream stream, String text) {
        try {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
            stream.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
