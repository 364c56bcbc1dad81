package org.junheng.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junheng.render.SiteRenderer;

/**
 * What {@code junheng serve} runs: builds the site into a preview folder of its own (so the
 * published output and its open-data change log are never touched), serves it on 127.0.0.1,
 * and on every change of an input rebuilds — only what changed, through the build cache — and
 * makes the open pages reload. A build that fails leaves the last good preview in place.
 */
public final class LivePreview implements AutoCloseable {

    /** Editors save a file in several steps (a temporary file, a rename): wait for them to settle. */
    private static final long SETTLE_MILLIS = 25;
    /** Rehearsed builds after the first: about what it takes the JIT to make a rebuild as fast as it gets. */
    private static final int WARM_UP_BUILDS = 8;
    /** No rehearsal after a first build slower than this, and none started once rehearsing took this long. */
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(15);
    /** How long closing waits for a build under way to stop. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(60);

    private final BuildOptions options;
    private final Listener listener;
    private final PreviewServer server;
    private final Object lock = new Object();
    private final Thread builder = new Thread(this::rebuildOnChange, "junheng-rebuild");
    private boolean changed;
    private boolean closed;
    private Duration firstBuild = Duration.ZERO;
    private InputWatcher watcher;

    /** Hears how each build went. */
    public interface Listener {

        void built(BuildResult result);

        void rejected(ContentRejected rejected);

        void failed(RuntimeException failure);
    }

    /** The preview's own output folder, inside the site's cache. */
    public static Path defaultOutput(Path site) {
        return BuildCache.in(site, "preview");
    }

    /** {@code port} 0 takes any free port; see {@link #address()}. */
    public LivePreview(BuildOptions options, int port, Listener listener) throws IOException {
        this.options = options;
        this.listener = listener;
        this.server = new PreviewServer(options.out(), port, "/", true);
        builder.setDaemon(true);
    }

    /** Builds once, then serves and watches. */
    public void start() {
        long started = System.nanoTime();
        build();
        firstBuild = Duration.ofNanos(System.nanoTime() - started);
        server.start();
        watcher = InputWatcher.start(options.site(), this::inputChanged);
        builder.start();
    }

    public URI address() {
        return server.address();
    }

    private void inputChanged() {
        synchronized (lock) {
            changed = true;
            lock.notifyAll();
        }
    }

    private void rebuildOnChange() {
        try {
            warmUp();
            while (true) {
                synchronized (lock) {
                    while (!changed && !closed) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                }
                Thread.sleep(SETTLE_MILLIS);
                synchronized (lock) {
                    changed = false; // changes from now on are seen by the next build
                }
                if (build()) {
                    server.reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A fresh JVM rebuilds the demo after an edit in about 1.6 s, a warm one in about 0.8 s: the
     * first edit should not wait for the difference. An edit stops a rehearsal at its next page,
     * and a large site, whose builds take long, is not rehearsed at all.
     */
    private void warmUp() {
        if (firstBuild.compareTo(WARM_UP_LIMIT) > 0) {
            return;
        }
        long started = System.nanoTime();
        SiteRenderer.ProgressListener stopOnChange = (done, total) -> {
            if (rehearsalUnwanted()) {
                throw new RehearsalStopped();
            }
        };
        for (int i = 0; i < WARM_UP_BUILDS && System.nanoTime() - started < WARM_UP_LIMIT.toNanos(); i++) {
            if (rehearsalUnwanted()) {
                return;
            }
            try {
                new SiteBuilder().rehearse(options, stopOnChange);
            } catch (ContentRejected | RuntimeException e) {
                return; // stopped by an edit, or a problem the first build reported and the next build will again
            }
        }
    }

    /** An edit is waiting for a real build, or the preview is closing. */
    private boolean rehearsalUnwanted() {
        synchronized (lock) {
            return changed || closed;
        }
    }

    /** Thrown into a rehearsal to stop it. */
    private static final class RehearsalStopped extends RuntimeException {
        RehearsalStopped() {
            super("an input changed", null, false, false);
        }
    }

    /** True if the build put anything new in place. */
    private boolean build() {
        try {
            BuildResult result = new SiteBuilder().build(options, SiteRenderer.ProgressListener.SILENT);
            listener.built(result);
            return result.files() > 0;
        } catch (ContentRejected rejected) {
            listener.rejected(rejected);
        } catch (RuntimeException e) {
            listener.failed(e);
        }
        return false;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        try {
            // a build or rehearsal still writing would race whoever deletes the site next
            builder.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
