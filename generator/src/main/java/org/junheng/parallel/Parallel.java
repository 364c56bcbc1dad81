package org.junheng.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/** Runs one action over every item of a list on a pool of the given size: how every stage of a build uses both cores. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Calls {@code action} for every item, on {@code threads} threads, and returns when all are done.
     * The first failure is thrown once every running action has stopped, so that the caller can
     * clean up safely (for instance delete the folder being written).
     */
    public static <T> void forEach(int threads, List<T> items, Consumer<? super T> action) {
        run(threads, items.size(), index -> action.accept(items.get(index)));
    }

    /**
     * The same, letting go of each item (its slot in {@code items} set to null) as soon as its action
     * is done: a long list whose items hold much, such as a site's plan of pages, is then not held whole
     * to the end. {@code items} must allow {@code set}.
     */
    public static <T> void drain(int threads, List<T> items, Consumer<? super T> action) {
        run(threads, items.size(), index -> {
            action.accept(items.get(index));
            items.set(index, null);
        });
    }

    /** The result of {@code function} for every item, in the items' order, computed on {@code threads} threads. */
    public static <T, R> List<R> map(int threads, List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        run(threads, items.size(), index -> results[index] = function.apply(items.get(index)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(list);
    }

    /**
     * Each thread takes the next item as soon as it is done with one. A parallel stream cuts the list
     * into a few long runs instead, and items are far from equal in cost (a school's profile draws
     * charts; a document's page does not): at 10,000 schools one thread was left with eleven
     * seconds of profiles while the other sat idle.
     */
    private static void run(int threads, int count, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int index = next.getAndIncrement(); index < count && failure.get() == null;
                 index = next.getAndIncrement()) {
                try {
                    task.accept(index);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        // in a pool of their own, so that parallel streams inside an action run on these threads too
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < Math.min(threads, count); i++) {
                workers.add(pool.submit(worker));
            }
            for (Future<?> running : workers) {
                running.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
