package org.junheng.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on 127.0.0.1 for preview, under the path of the site's base URL so
 * that relative links behave exactly as they will when published.
 *
 * <p>With live reload, every HTML page it serves (and only as served: the built files are not
 * touched) carries a small script that listens on {@value #EVENTS} — a stream of Server-Sent
 * Events — and reloads the page when {@link #reload()} announces a new build.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where pages listen for new builds; outside any site path a build writes. */
    static final String EVENTS = "/__junheng/events";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("atom", "application/atom+xml"));

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each
        // response then waits for the client's delayed acknowledgement (about 40 ms a request).
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Path root;
    private final String prefix;
    private final Optional<BuildEvents> events;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "junheng-preview");
        thread.setDaemon(true);
        return thread;
    });

    public PreviewServer(Path root, int port, String prefix) throws IOException {
        this(root, port, prefix, false);
    }

    /** A server for {@code root}; with {@code liveReload}, pages reload on {@link #reload()}. */
    public PreviewServer(Path root, int port, String prefix, boolean liveReload) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.events = liveReload ? Optional.of(new BuildEvents()) : Optional.empty();
        server.createContext("/", this::handle);
        events.ifPresent(stream -> server.createContext(EVENTS, stream::subscribe));
        // an event stream holds its request open: each request gets a thread of its own
        server.setExecutor(workers);
    }

    public void start() {
        server.start();
    }

    /** Tells every open page that a new build is in place, so it reloads. */
    public void reload() {
        events.ifPresent(BuildEvents::announce);
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                redirect(exchange, prefix);
                return;
            }
            Path file = root.resolve(path.substring(prefix.length())).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, root.resolve("404.html"));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    redirect(exchange, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (Files.isRegularFile(file)) {
                send(exchange, 200, file);
            } else {
                send(exchange, 404, root.resolve("404.html"));
            }
        }
    }

    private void send(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "Not found".getBytes();
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("html") && events.isPresent()) {
            body = events.get().withListener(body);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        events.ifPresent(BuildEvents::close);
        server.stop(0);
        workers.shutdownNow();
    }
}
