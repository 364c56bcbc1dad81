package org.junheng.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CI templates in docs/ci/ are valid YAML, run commands Junheng accepts, and fetch nothing for the site. */
class CiTemplatesTest {

    private static final Path CI = Path.of("..", "docs", "ci");
    private static final Pattern JUNHENG_RUN = Pattern.compile("-jar \"[^\"]+\"\\s+([^\\n]*?)\\s*(2>&1)?\\s*$",
            Pattern.MULTILINE);
    private static final Pattern CDN = Pattern.compile("(?i)cdn|jsdelivr|unpkg|bootcss|staticfile|googleapis");

    @Test
    void githubChecksPullRequestsWithAnnotationsAndPublishesMainToPagesAndAsAnArtifact() throws Exception {
        JsonNode workflow = yaml("github-actions.yml");

        assertThat(workflow.at("/on").has("pull_request")).isTrue();
        assertThat(workflow.at("/on/push/branches").toString()).contains("\"main\"");
        JsonNode jobs = workflow.get("jobs");
        assertThat(jobs.at("/check/if").asText()).contains("pull_request");
        assertThat(runs(jobs.get("check"))).anyMatch(run -> run.contains(" check --format github"));
        assertThat(uses(jobs.get("build"))).contains("actions/upload-artifact@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v3");
        assertThat(step(jobs.get("build"), "actions/upload-artifact").at("/with/path").asText()).isEqualTo("_site/");
        assertThat(uses(jobs.get("deploy"))).containsExactly("actions/deploy-pages@v4");
        assertThat(jobs.at("/deploy/permissions/pages").asText()).isEqualTo("write");
        assertThat(jobs.at("/deploy/permissions/id-token").asText()).isEqualTo("write");
        for (JsonNode job : iterable(jobs)) {
            assertThat(uses(job)).allMatch(action -> action.matches("[\\w.-]+/[\\w.-]+@(v\\d+|[0-9a-f]{40})"),
                    "pinned to a major version or a commit");
        }
    }

    @Test
    void gitlabChecksMergeRequestsAndBuildsAnArtifactAndPages() throws Exception {
        JsonNode pipeline = yaml("gitlab-ci.yml");

        assertThat(pipeline.at("/check/rules").toString()).contains("merge_request_event");
        assertThat(pipeline.at("/check/script/0").asText()).endsWith(" check");
        assertThat(pipeline.at("/site/artifacts/paths/0").asText()).isEqualTo("_site/");
        assertThat(pipeline.at("/pages/script/0").asText()).contains("--base-url \"$CI_PAGES_URL/\"", "--out public");
        assertThat(pipeline.at("/pages/artifacts/paths/0").asText()).isEqualTo("public/");
    }

    @Test
    void bothTemplatesGetJunhengFromAPinnedReleaseJarWithAChecksum() throws Exception {
        String github = Files.readString(CI.resolve("github-actions.yml"));
        String gitlab = Files.readString(CI.resolve("gitlab-ci.yml"));

        assertThat(github).contains("/releases/download/v${JUNHENG_VERSION}/junheng-${JUNHENG_VERSION}.jar",
                "sha256sum --check");
        assertThat(gitlab).contains("/v$JUNHENG_VERSION/junheng-$JUNHENG_VERSION.jar", "sha256sum --check");
        assertThat(yaml("github-actions.yml").at("/env/JUNHENG_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(yaml("gitlab-ci.yml").at("/variables/JUNHENG_VERSION").asText()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(github + gitlab).doesNotContainPattern(CDN);
    }

    @Test
    void everyJunhengCommandInTheTemplatesIsOneJunhengAccepts() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String template : List.of("github-actions.yml", "gitlab-ci.yml")) {
            JsonNode root = yaml(template);
            List<String> scripts = new ArrayList<>();
            collectScripts(root, scripts);
            for (String script : scripts) {
                Matcher run = JUNHENG_RUN.matcher(script);
                while (run.find()) {
                    commands.add(run.group(1));
                }
            }
        }

        assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
        for (String command : commands) {
            assertThatCode(() -> Main.commandLine().parseArgs(words(command))).as(command).doesNotThrowAnyException();
        }
    }

    private static JsonNode yaml(String name) throws Exception {
        return new YAMLMapper().readTree(CI.resolve(name).toFile());
    }

    private static void collectScripts(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("run") || field.getKey().equals("script")
                        || field.getKey().equals("before_script")) {
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(line -> into.add(line.asText()));
                    } else {
                        into.add(field.getValue().asText());
                    }
                } else {
                    collectScripts(field.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectScripts(child, into));
        }
    }

    /** Shell words, with quotes removed; variables stand in as themselves. */
    private static String[] words(String command) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words.toArray(String[]::new);
    }

    private static List<String> runs(JsonNode job) {
        List<String> runs = new ArrayList<>();
        job.path("steps").forEach(step -> runs.add(step.path("run").asText()));
        return runs;
    }

    private static List<String> uses(JsonNode job) {
        List<String> uses = new ArrayList<>();
        job.path("steps").forEach(step -> {
            if (step.has("uses")) {
                uses.add(step.get("uses").asText());
            }
        });
        return uses;
    }

    private static JsonNode step(JsonNode job, String action) {
        for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asText().startsWith(action + "@")) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + action);
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        List<JsonNode> children = new ArrayList<>();
        node.forEach(children::add);
        return children;
    }
}
