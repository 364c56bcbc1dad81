package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A build waits, and says so, while another process builds the same site; it goes on when that one ends. */
class BuildBesideAnotherProcessTest {

    @TempDir
    Path temp;

    @Test
    void aBuildWaitsForAnotherProcessHoldingTheSiteAndThenBuilds() throws Exception {
        TestSite site = TestSite.in(temp.resolve("site"));
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldTheSite.class.getName(),
                site.root().resolve(".junheng-cache/lock").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("holding");
            StringWriter err = new StringWriter();
            CommandLine command = Main.commandLine();
            command.setOut(new PrintWriter(new StringWriter(), true));
            command.setErr(new PrintWriter(err, true));
            Path out = temp.resolve("public");

            CompletableFuture<Integer> build = CompletableFuture.supplyAsync(() ->
                    command.execute("build", "--site", site.root().toString(), "--out", out.toString(), "--lang", "en"));

            waitFor(() -> err.toString().contains("Another build of this site"));
            assertThat(err.toString()).contains("Another build of this site (" + site.root() + ") is running; waiting");
            assertThat(build).isNotDone();
            assertThat(out).doesNotExist();
            other.getOutputStream().close(); // the other process lets go as it ends
            assertThat(build.get(60, TimeUnit.SECONDS)).isZero();
            assertThat(out.resolve("schools/2199020001/index.html")).exists();
        } finally {
            other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not seen in 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** Another process building the site: holds its lock until its standard input ends. */
    public static final class HoldTheSite {

        public static void main(String[] args) throws Exception {
            Path lock = Path.of(args[0]);
            Files.createDirectories(lock.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var held = channel.lock()) {
                System.out.println("holding");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // held until the test closes our input
                }
            }
        }
    }
}
