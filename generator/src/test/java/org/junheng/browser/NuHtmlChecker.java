package org.junheng.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu HTML checker (the engine behind validator.w3.org/nu) run once over a whole folder: every
 * HTML page and stylesheet in it. It runs in its own process, as its command-line client
 * expects, on the test class path that Maven resolved for it.
 */
final class NuHtmlChecker {

    /** One problem the checker reports, where it is and the markup around it. */
    record Message(String type, String url, int line, String message, String extract) {

        @Override
        public String toString() {
            return type + " " + url + ":" + line + ": " + message + "\n    " + extract.replace("\n", "↵");
        }
    }

    private NuHtmlChecker() {
    }

    /** Every error in the folder's HTML pages and stylesheets; warnings are left out. */
    static List<Message> errors(Path folder) throws IOException, InterruptedException {
        Path report = Files.createTempFile("nu-html-checker", ".json");
        try {
            Process checker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "nu.validator.client.SimpleCommandLineValidator",
                    "--skip-non-html", "--also-check-css", "--errors-only", "--no-langdetect", "--format", "json",
                    folder.toString())
                    .redirectErrorStream(true).redirectOutput(report.toFile()).start();
            if (!checker.waitFor(5, TimeUnit.MINUTES)) {
                checker.destroyForcibly();
                throw new IllegalStateException("the Nu HTML checker did not finish within five minutes");
            }
            return messages(Files.readString(report));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static List<Message> messages(String output) throws IOException {
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(output);
        } catch (IOException e) {
            throw new IllegalStateException("the Nu HTML checker did not report in JSON:\n" + output, e);
        }
        if (json == null || !json.has("messages")) {
            throw new IllegalStateException("the Nu HTML checker did not report in JSON:\n" + output);
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode message : json.path("messages")) {
            messages.add(new Message(message.path("type").asText(), message.path("url").asText(),
                    message.path("lastLine").asInt(), message.path("message").asText(),
                    message.path("extract").asText()));
        }
        return messages;
    }
}
