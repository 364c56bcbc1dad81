package org.junheng.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.junheng.files.Closing;

/**
 * One build of a site at a time, in this process and across processes. Builds of a site share its
 * build cache — the manifests, the kept charts, open data and Markdown — whatever their output
 * folder: two at once could prune what the other is about to read, or carry over a file the other
 * is replacing. So a build takes the site's lock ({@code .junheng-cache/lock}) before it reads the
 * cache and keeps it until it has published and saved, and a second build waits. The live
 * preview takes it for each build only, so a build started beside it waits one rebuild at most.
 * {@code junheng check} reads the cache without it: it writes nothing.
 *
 * <p>The file is never deleted (deleting a lock file races whoever opens it next); the operating
 * system lets go of the lock when the process ends, however it ends. A file lock is held per
 * process, so the builds of one process queue on a semaphore first.
 */
final class SiteLock implements AutoCloseable {

    private static final String FILE = "lock";
    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore turn;
    private final FileChannel channel;
    private final Optional<FileLock> lock;

    private SiteLock(Semaphore turn, FileChannel channel, Optional<FileLock> lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code site}, first calling {@code waiting} if another build holds it, and
     * then waiting for that build to end.
     */
    static SiteLock acquire(Path site, Runnable waiting) {
        Path file = BuildCache.in(site, FILE).toAbsolutePath().normalize();
        Semaphore turn = IN_THIS_PROCESS.computeIfAbsent(file, f -> new Semaphore(1));
        boolean waited = false;
        if (!turn.tryAcquire()) {
            waiting.run();
            waited = true;
            turn.acquireUninterruptibly();
        }
        FileChannel channel = null;
        boolean locked = false;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Optional<FileLock> lock = lock(channel, waited ? () -> { } : waiting);
            locked = true;
            return new SiteLock(turn, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the build cache " + file, e);
        } finally {
            if (!locked) {
                Closing.quietly(channel);
                turn.release();
            }
        }
    }

    /**
     * The lock of the file, waited for if need be; none on a file system that has no locks (some
     * network ones), where builds of this process still take turns but those of others cannot be seen.
     */
    private static Optional<FileLock> lock(FileChannel channel, Runnable waiting) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                waiting.run();
                lock = channel.lock();
            }
            return Optional.of(lock);
        } catch (FileLockInterruptionException e) {
            throw e;
        } catch (IOException e) {
            return Optional.empty();
        }
    }


    @Override
    public void close() {
        try {
            if (lock.isPresent()) {
                lock.get().release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot let go of the build cache's lock", e);
        } finally {
            turn.release();
        }
    }
}
