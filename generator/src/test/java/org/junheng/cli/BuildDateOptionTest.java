package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junheng.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BuildDateOptionTest {

    @TempDir
    Path temp;

    private int run(String... args) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(new StringWriter(), true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        return command.execute(args);
    }

    @Test
    void theBuildDateDecidesWhichProjectsAreOverdue() throws Exception {
        TestSite site = TestSite.in(temp, """
                -- content/projects/projects.csv --
                id,title,category,budget,planned_end,status,progress
                P-1,围墙,安全设施,10,2024-06-30,实施中,60
                """);
        Path before = temp.resolve("before");
        Path after = temp.resolve("after");

        assertThat(run("build", "--site", site.root().toString(), "--out", before.toString(),
                "--build-date", "2024-06-01")).isZero();
        assertThat(run("build", "--site", site.root().toString(), "--out", after.toString(),
                "--build-date", "2024-07-01")).isZero();

        assertThat(Files.readString(before.resolve("projects/index.html"))).doesNotContain("class=\"overdue\"");
        assertThat(Files.readString(after.resolve("projects/index.html"))).contains("class=\"overdue\"",
                "数据截至 2024-07-01");
    }

    @Test
    void aMalformedBuildDateIsAUsageError() {
        TestSite site = TestSite.in(temp);

        assertThat(run("build", "--site", site.root().toString(), "--build-date", "2024/07/01")).isEqualTo(2);
    }
}
