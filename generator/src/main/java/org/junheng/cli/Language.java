package org.junheng.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junheng.content.Problem;
import org.junheng.content.ProblemCatalog;
import org.junheng.site.BuildResult;
import org.junheng.site.BuildStage;

/** The language problems and summaries are printed in: Chinese (the default) or English. */
enum Language {
    ZH {
        @Override
        Problem localize(Problem problem) {
            return problem;
        }

        @Override
        String severity(Problem problem) {
            return problem.isError() ? "错误" : "警告";
        }

        @Override
        String count(long errors, long warnings) {
            return errors + " 个错误，" + warnings + " 个警告。";
        }

        @Override
        String checkPassed(int schools, int documents) {
            return "检查通过：" + schools + " 所学校，" + documents + " 份文件。";
        }

        @Override
        String built(int pages, int rendered, int files, double seconds, Path out) {
            return String.format(Locale.ROOT, "完成：%d 个页面（重新生成 %d 个），写入 %d 个文件，用时 %.2f 秒 → %s", pages,
                    rendered, files, seconds, out);
        }

        @Override
        String buildStopped() {
            return "构建已停止，已发布的内容未改动。";
        }

        @Override
        String waitingForAnotherBuild(Path site) {
            return "此站点的另一次构建正在进行（" + site + "），等它结束后再开始……";
        }

        @Override
        String stage(BuildStage stage) {
            return stage.chinese();
        }

        @Override
        String quote(String value) {
            return "“" + value + "”：";
        }

        @Override
        String fixSeparator() {
            return " —— ";
        }
    },
    EN {
        @Override
        Problem localize(Problem problem) {
            return ProblemCatalog.english().translate(problem);
        }

        @Override
        String severity(Problem problem) {
            return problem.isError() ? "error" : "warning";
        }

        @Override
        String count(long errors, long warnings) {
            return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning." : " warnings.");
        }

        @Override
        String checkPassed(int schools, int documents) {
            return "Check passed: " + schools + (schools == 1 ? " school, " : " schools, ") + documents
                    + (documents == 1 ? " document." : " documents.");
        }

        @Override
        String built(int pages, int rendered, int files, double seconds, Path out) {
            return String.format(Locale.ROOT, "Done: %d pages (%d rendered), %d files written in %.2f s → %s", pages,
                    rendered, files, seconds, out);
        }

        @Override
        String buildStopped() {
            return "Build stopped; the published site is unchanged.";
        }

        @Override
        String waitingForAnotherBuild(Path site) {
            return "Another build of this site (" + site + ") is running; waiting for it to finish…";
        }

        @Override
        String stage(BuildStage stage) {
            return stage.english();
        }

        @Override
        String quote(String value) {
            return "\"" + value + "\": ";
        }

        @Override
        String fixSeparator() {
            return " — ";
        }
    };

    /** The problem with its message and fix in this language. */
    abstract Problem localize(Problem problem);

    abstract String severity(Problem problem);

    abstract String count(long errors, long warnings);

    abstract String checkPassed(int schools, int documents);

    /** {@code rendered} pages were rendered, the others carried over unchanged; {@code files} had new or changed bytes. */
    abstract String built(int pages, int rendered, int files, double seconds, Path out);

    abstract String buildStopped();

    /** Said before a build waits for another build of the same site, which holds the site's build cache. */
    abstract String waitingForAnotherBuild(Path site);

    /** A build stage's name, for the timings. */
    abstract String stage(BuildStage stage);

    /** One line per stage of the build: its wall time and the process's CPU time in seconds, and its name. */
    String timings(List<BuildResult.Phase> phases) {
        StringBuilder lines = new StringBuilder();
        for (BuildResult.Phase phase : phases) {
            String cpu = phase.cpu().map(time -> String.format(Locale.ROOT, "%8.2f s", time.toNanos() / 1e9))
                    .orElse("       ? s");
            lines.append(String.format(Locale.ROOT, "%8.2f s %s CPU  %s%n", phase.elapsed().toNanos() / 1e9, cpu,
                    stage(phase.stage())));
        }
        return lines.toString();
    }

    /** The offending value as it leads a message. */
    abstract String quote(String value);

    abstract String fixSeparator();
}
