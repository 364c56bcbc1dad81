package org.junheng.parallel;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

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
        inPool(threads, () -> {
            items.parallelStream().forEach(action);
            return null;
        });
    }

    /** The result of {@code function} for every item, in the items' order, computed on {@code threads} threads. */
    public static <T, R> List<R> map(int threads, List<T> items, Function<? super T, ? extends R> function) {
        return inPool(threads, () -> items.parallelStream().<R>map(function).toList());
    }

    private static <R> R inPool(int threads, Callable<R> work) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
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
}
