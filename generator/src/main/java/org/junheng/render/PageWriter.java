package org.junheng.render;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Renders pages with their templates and writes them, in parallel on a pool of the given
 * size. Freemarker caches each template after its first parse, so no template is parsed
 * more than once per build. A page whose key the {@link PageCache} knows is not rendered:
 * its published file is carried over.
 */
public final class PageWriter {

    private final Configuration theme;
    private final int threads;
    private final PageCache cache;

    public PageWriter(Configuration theme, int threads) {
        this(theme, threads, PageCache.NONE);
    }

    public PageWriter(Configuration theme, int threads, PageCache cache) {
        this.theme = theme;
        this.threads = threads;
        this.cache = cache;
    }

    /** What writing did: how many pages were rendered (the rest were carried over), and every page's key by path. */
    public record Written(int rendered, Map<String, String> keys) {

        public Written {
            keys = Map.copyOf(keys);
        }
    }

    /** Writes every page under {@code out}; {@code progress} hears the count of pages done. */
    public Written write(List<Page> pages, Path out, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger rendered = new AtomicInteger();
        Map<String, String> keys = new ConcurrentHashMap<>();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> pages.parallelStream().forEach(page -> {
                String key = PageCache.key(page);
                Optional<Path> previous = cache.previous(page.path(), key);
                if (previous.isPresent()) {
                    CarriedFile.carry(previous.get(), out.resolve(page.path()));
                } else {
                    write(page, out);
                    rendered.incrementAndGet();
                }
                if (keys.put(page.path(), key) != null) {
                    throw new IllegalStateException("two pages are planned at " + page.path());
                }
                progress.accept(done.incrementAndGet());
            })).get();
            return new Written(rendered.get(), keys);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // A failed page ends the stream early while other pages may still be writing:
            // wait for them, so the caller can delete the staging folder safely.
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Page page, Path out) {
        try {
            Template template = theme.getTemplate(page.template());
            StringWriter html = new StringWriter(16 * 1024);
            template.process(page.model(), html);
            Path file = out.resolve(page.path());
            Files.createDirectories(file.getParent());
            // never through an existing file: it may be a link to a published one
            Files.writeString(file, ChineseRuns.resolve(html.toString()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (TemplateException e) {
            throw new RenderException(page.path(), page.template(), e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page.path(), e);
        }
    }
}
