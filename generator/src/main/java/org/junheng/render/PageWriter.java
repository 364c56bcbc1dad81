package org.junheng.render;

import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junheng.files.KeyTable;
import org.junheng.files.PathLists;
import org.junheng.files.ParentFolders;
import org.junheng.parallel.Parallel;

/**
 * Renders pages with their templates and writes them, in parallel on a pool of the given
 * size. Freemarker caches each template after its first parse, so no template is parsed
 * more than once per build. A page whose key the {@link PageCache} knows is not rendered:
 * its published file is carried over.
 */
public final class PageWriter {

    /** Each worker thread's page text and the buffers it is written through, kept from one page to the next. */
    private static final ThreadLocal<PageText> PAGE_TEXT = ThreadLocal.withInitial(PageText::new);

    private final Configuration theme;
    private final int threads;
    private final PageCache cache;
    private final boolean verifyInputKeys;

    public PageWriter(Configuration theme, int threads) {
        this(theme, threads, PageCache.NONE);
    }

    public PageWriter(Configuration theme, int threads, PageCache cache) {
        this(theme, threads, cache, false);
    }

    /**
     * @param verifyInputKeys make the model even of a page whose input key is unchanged, and stop if
     *                        it differs from the one the last build made: a check of the input keys
     */
    public PageWriter(Configuration theme, int threads, PageCache cache, boolean verifyInputKeys) {
        this.theme = theme;
        this.threads = threads;
        this.cache = cache;
        this.verifyInputKeys = verifyInputKeys;
    }

    /**
     * What writing did: how many pages were rendered; how many had the input keys they had last
     * time (carried over without their models being made, unless the writer verifies input keys)
     * and how many other files those pages' models had made (carried over with them); every file's
     * key by path (the pages' and those of the files carried over with them); for the pages with
     * input keys, each one's input key and the files its model made; and the pages' canonical
     * addresses, without repeats and in the order of their UTF-8 bytes, packed (see {@link KeyTable}).
     */
    public record Written(int rendered, int fromInputs, int filesFromInputs, Map<String, String> keys,
                          Map<String, String> inputKeys, Map<String, List<String>> madeFiles,
                          Set<String> canonicalUrls) {

        public Written {
            keys = KeyTable.of(keys);
            inputKeys = KeyTable.of(inputKeys);
            madeFiles = PathLists.of(madeFiles);
            // not copied: the writer's is a packed table's, which no one can change
        }

        /** Pages keyed by their models only, rendered or carried over. */
        public Written(int rendered, Map<String, String> keys) {
            this(rendered, 0, 0, keys, Map.of(), Map.of(), Set.of());
        }
    }

    /**
     * Makes and writes every planned page under {@code out}, letting go of each (its slot in {@code pages}
     * set to null) once it is written, so that a national site's plan of pages is not held to the end;
     * {@code progress} hears the count of pages done.
     */
    public Written write(List<? extends PlannedPage> pages, Path out, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        Tally tally = new Tally();
        Parallel.drain(threads, pages, planned -> {
            Page page = planned.page();
            Optional<PageCache.FromInputs> unchanged = page.inputKey()
                    .flatMap(inputKey -> cache.previousByInputs(page.path(), inputKey));
            if (unchanged.isPresent() && !verifyInputKeys) {
                carry(page, unchanged.get(), out, tally);
            } else {
                make(page, unchanged, out, tally);
            }
            page.inputKey().ifPresent(inputKey -> tally.inputKeys.add(page.path(), inputKey));
            if (unchanged.isPresent()) {
                tally.fromInputs.incrementAndGet();
            }
            if (!page.canonicalUrl().isEmpty()) {
                tally.canonicalUrls.add(page.canonicalUrl(), "");
            }
            progress.accept(done.incrementAndGet());
        });
        return new Written(tally.rendered.get(), tally.fromInputs.get(), tally.filesFromInputs.get(),
                tally.keys.build(false), tally.inputKeys.build(false), tally.madeFiles.build(),
                tally.canonicalUrls.build(true).keySet());
    }

    /** What the pages written so far came to, from any of the threads. */
    private static final class Tally {
        final AtomicInteger rendered = new AtomicInteger();
        final AtomicInteger fromInputs = new AtomicInteger();
        final AtomicInteger filesFromInputs = new AtomicInteger();
        // packed as they come: a national site's keys as strings in maps were most of what rendering adds
        final KeyTable.Builder keys = new KeyTable.Builder();
        final KeyTable.Builder inputKeys = new KeyTable.Builder();
        final PathLists.Builder madeFiles = new PathLists.Builder();
        // packed as the keys are, and as many: as strings, 600,000 addresses would be about 60 MB
        final KeyTable.Builder canonicalUrls = new KeyTable.Builder();

        /** Two files planned at one path are found when the keys are packed, at the end. */
        void key(String path, String key) {
            keys.add(path, key);
        }
    }

    /** Carries over a page whose inputs are unchanged, with the files its model made, without making its model. */
    private static void carry(Page page, PageCache.FromInputs unchanged, Path out, Tally tally) {
        Map<String, PageCache.Published> files = new java.util.TreeMap<>(unchanged.files());
        files.put(page.path(), unchanged.page());
        files.forEach((path, published) -> {
            CarriedFile.carry(published.file(), out.resolve(path));
            tally.key(path, published.key());
        });
        tally.madeFiles.add(page.path(), unchanged.files().keySet().stream().sorted().toList());
        tally.filesFromInputs.addAndGet(unchanged.files().size());
    }

    /**
     * Makes the page's model — only now, so that it is let go after — and carries over the published
     * page if its key is unchanged or renders it; {@code unchanged}, when verifying, is what its input
     * key promised.
     */
    private void make(Page page, Optional<PageCache.FromInputs> unchanged, Path out, Tally tally) {
        Map<String, Object> model = page.model();
        List<String> csvFiles = new ArrayList<>();
        String key = PageCache.key(page.template(), model, chart -> {
            if (chart.writesCsv()) {
                csvFiles.add(chart.csvUrl());
            }
        });
        if (unchanged.isPresent() && !unchanged.get().page().key().equals(key)) {
            throw new IllegalStateException("the page " + page.path() + " has the input key it had last time "
                    + "but a different model: its input key misses something the page reads");
        }
        Optional<Path> previous = cache.previous(page.path(), key);
        if (previous.isPresent()) {
            CarriedFile.carry(previous.get(), out.resolve(page.path()));
        } else {
            write(page, model, out);
            tally.rendered.incrementAndGet();
        }
        tally.key(page.path(), key);
        if (page.inputKey().isPresent()) {
            tally.madeFiles.add(page.path(), csvFiles.stream().sorted().distinct().toList());
        }
    }

    private void write(Page page, Map<String, Object> model, Path out) {
        try {
            Template template = theme.getTemplate(page.template());
            PageText buffers = PAGE_TEXT.get();
            StringBuilder html = buffers.clear();
            // each of the page's variables wrapped once, at its first mention, not at every one: a
            // SimpleHash keeps what it wrapped, where the map's adapter wraps again each time
            template.process(new SimpleHash(model, template.getObjectWrapper()), new BuilderWriter(html));
            Path file = out.resolve(page.path());
            StringBuilder text = ChineseRuns.marked(html) ? buffers.resolved() : html;
            ParentFolders.creating(file, () -> buffers.writeNew(text, file));
            if (buffers.oversized()) {
                PAGE_TEXT.remove();
            }
        } catch (TemplateException e) {
            throw new RenderException(page.path(), page.template(), e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page.path(), e);
        }
    }
}
