package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junheng.OutputTree;
import org.junheng.TestSite;
import org.junheng.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of one site, which share its build cache, run one after the other. */
class SiteLockTest {

    @TempDir
    Path temp;

    @Test
    void aSecondBuildOfTheSameSiteWaitsForTheFirstAndStillEqualsACleanBuild() throws Exception {
        TestSite site = TestSite.in(temp.resolve("site"));
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        CountDownLatch firstRendering = new CountDownLatch(1);
        CountDownLatch letFirstGoOn = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        AtomicInteger waits = new AtomicInteger();
        SiteRenderer.ProgressListener holdFirst = (done, total) -> {
            firstRendering.countDown();
            await(letFirstGoOn);
        };

        CompletableFuture<BuildResult> firstBuild = CompletableFuture.supplyAsync(() ->
                build(new SiteBuilder(), BuildOptions.of(site.root(), first), holdFirst));
        assertThat(firstRendering.await(60, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<BuildResult> secondBuild = CompletableFuture.supplyAsync(() ->
                build(new SiteBuilder(() -> {
                    waits.incrementAndGet();
                    secondWaiting.countDown();
                }), BuildOptions.of(site.root(), second), SiteRenderer.ProgressListener.SILENT));

        assertThat(secondWaiting.await(60, TimeUnit.SECONDS)).as("the second build says it waits").isTrue();
        assertThat(second).as("and has not begun to publish").doesNotExist();
        letFirstGoOn.countDown();
        firstBuild.get(60, TimeUnit.SECONDS);
        secondBuild.get(60, TimeUnit.SECONDS);

        assertThat(waits).hasValue(1);
        TestSite clean = TestSite.in(temp.resolve("clean"));
        clean.build();
        assertThat(OutputTree.hashes(first)).isEqualTo(OutputTree.hashes(clean.out()));
        assertThat(OutputTree.hashes(second)).isEqualTo(OutputTree.hashes(clean.out()));
    }

    @Test
    void aBuildThatFindsTheSiteFreeDoesNotWait() {
        TestSite site = TestSite.in(temp.resolve("site"));
        AtomicInteger waits = new AtomicInteger();

        build(new SiteBuilder(waits::incrementAndGet), BuildOptions.of(site.root(), site.out()),
                SiteRenderer.ProgressListener.SILENT);
        build(new SiteBuilder(waits::incrementAndGet), BuildOptions.of(site.root(), site.out()),
                SiteRenderer.ProgressListener.SILENT);

        assertThat(waits).as("a lock let go after each build").hasValue(0);
        assertThat(site.root().resolve(".junheng-cache/lock")).exists();
    }

    private static BuildResult build(SiteBuilder builder, BuildOptions options, SiteRenderer.ProgressListener progress) {
        try {
            return builder.build(options, progress);
        } catch (ContentRejected e) {
            throw new AssertionError(TestSite.describe(e.problems()), e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("never let go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
