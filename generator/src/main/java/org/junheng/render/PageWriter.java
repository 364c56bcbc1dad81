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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junheng.parallel.Parallel;

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
        Parallel.forEach(threads, pages, page -> {
            // made once here: a school's page makes its model only now, and lets it go after
            Map<String, Object> model = page.model();
            String key = PageCache.key(page.template(), model);
            Optional<Path> previous = cache.previous(page.path(), key);
            if (previous.isPresent()) {
                CarriedFile.carry(previous.get(), out.resolve(page.path()));
            } else {
                write(page, model, out);
                rendered.incrementAndGet();
            }
            if (keys.put(page.path(), key) != null) {
                throw new IllegalStateException("two pages are planned at " + page.path());
            }
            progress.accept(done.incrementAndGet());
        });
        return new Written(rendered.get(), keys);
    }

    private void write(Page page, Map<String, Object> model, Path out) {
        try {
            Template template = theme.getTemplate(page.template());
            StringWriter html = new StringWriter(16 * 1024);
            template.process(model, html);
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
