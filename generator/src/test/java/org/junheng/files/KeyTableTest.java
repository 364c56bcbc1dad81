package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyTableTest {

    private static final String DIGEST = "0123456789abcdef".repeat(4);
    private static final String OTHER_DIGEST = "fedcba9876543210".repeat(4);

    @Test
    void holdsEveryPathsKeyAsItWasGivenWhateverItsShape() {
        Map<String, String> keys = new HashMap<>();
        keys.put("schools/2199010001/index.html", "school.ftlh:" + DIGEST);
        keys.put("en/schools/2199010001/index.html", "school.ftlh:" + OTHER_DIGEST);
        keys.put("data/2024/schools.csv", DIGEST);
        keys.put("attachments/招生公告.pdf", "inputs:document.ftlh:" + OTHER_DIGEST);
        keys.put("data/SHA256SUMS", "sums");
        keys.put("upper.html", "page:" + DIGEST.toUpperCase());
        keys.put("\uD83C\uDFEB.html", "short:abc");

        KeyTable table = KeyTable.of(keys);

        assertThat(table).isEqualTo(keys).hasSize(7);
        keys.forEach((path, key) -> assertThat(table.get(path)).isEqualTo(key));
        assertThat(table.get("schools/2199010002/index.html")).isNull();
        assertThat(table.get("schools/")).isNull();
        assertThat(table.containsKey("data/SHA256SUMS")).isTrue();
        assertThat(table.containsKey(42)).isFalse();
    }

    @Test
    void aLaterMapsKeyWinsForTheSamePath() {
        KeyTable table = KeyTable.of(Map.of("a.html", "page:" + DIGEST, "b.html", "page:" + DIGEST),
                Map.of("a.html", "page:" + OTHER_DIGEST), Map.of("c.html", "c"));

        assertThat(table).containsExactly(Map.entry("a.html", "page:" + OTHER_DIGEST),
                Map.entry("b.html", "page:" + DIGEST), Map.entry("c.html", "c"));
    }

    @Test
    void tablesJoinedAsTheyArePackedKeepEveryEntryInOrderAndTheLaterKeyForAPath(@TempDir Path temp)
            throws IOException {
        Map<String, String> pages = new HashMap<>();
        Map<String, String> charts = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        for (int school = 0; school < 300; school++) {
            pages.put("schools/" + school + "/index.html", "school.ftlh:" + (school % 2 == 0 ? DIGEST : OTHER_DIGEST));
            charts.put("data/charts/" + school + ".csv", "chart:" + DIGEST);
            files.put("schools/" + school + "/data.json", school % 3 == 0 ? "whole key " + school : "json:" + DIGEST);
        }
        charts.put("schools/7/index.html", "chart:" + OTHER_DIGEST); // also a page: the later table's key stands
        files.put("青/\uD83C\uDFEB.html", "school.ftlh:" + OTHER_DIGEST);
        files.put("\uFF01", "school.ftlh:" + DIGEST);
        Path file = temp.resolve("files");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            KeyTable.of(files).write(out);
        }
        KeyTable mapped = KeyTable.read(FileBytes.of(file, 0));

        KeyTable joined = KeyTable.of(KeyTable.of(pages), KeyTable.of(charts), mapped, Map.of("schools/8/data.json", "x"));

        Map<String, String> expected = new HashMap<>(pages);
        expected.putAll(charts);
        expected.putAll(files);
        expected.put("schools/8/data.json", "x");
        assertThat(joined).isEqualTo(expected).hasSize(902);
        expected.forEach((path, key) -> assertThat(joined.get(path)).isEqualTo(key));
        assertThat(joined.get("schools/7/index.html")).isEqualTo("chart:" + OTHER_DIGEST);
        assertThat(joined.keySet()).containsExactlyElementsOf(expected.keySet().stream().sorted((x, y) ->
                Arrays.compareUnsigned(x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8))).toList());
        assertThat(KeyTable.of(joined, KeyTable.of())).isEqualTo(expected);
    }

    @Test
    void entriesComeInTheOrderOfTheirPathsUtf8BytesWhichIsNotAlwaysThatOfTheirChars() {
        // U+FF01 sorts after a surrogate pair as a char, before it as bytes
        List<String> paths = List.of("z", "\uFF01", "\uD83C\uDFEB", "a/b", "a", "青", "a0");
        Map<String, String> keys = new HashMap<>();
        paths.forEach(path -> keys.put(path, DIGEST));

        List<String> byBytes = paths.stream().sorted((x, y) -> Arrays.compareUnsigned(
                x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(KeyTable.of(keys).keySet()).containsExactlyElementsOf(byBytes);
        assertThat(byBytes).containsExactly("a", "a/b", "a0", "z", "青", "\uFF01", "\uD83C\uDFEB");
        paths.forEach(path -> assertThat(KeyTable.of(keys).get(path)).isEqualTo(DIGEST));
    }

    @Test
    void aBuilderTakesKeysFromManyThreadsAndRejectsAPathAddedTwice() throws InterruptedException {
        KeyTable.Builder builder = new KeyTable.Builder();
        List<Thread> threads = IntStream.range(0, 4).mapToObj(thread -> new Thread(() -> {
            for (int page = 0; page < 2_000; page++) {
                String digest = page % 2 == 0 ? DIGEST : OTHER_DIGEST;
                builder.add("schools/" + thread + "/" + page + ".html", "school.ftlh:" + digest);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }

        KeyTable table = builder.build(false);
        assertThat(table).hasSize(8_000);
        assertThat(table.get("schools/3/1999.html")).isEqualTo("school.ftlh:" + OTHER_DIGEST);
        assertThat(table.get("schools/0/0.html")).isEqualTo("school.ftlh:" + DIGEST);

        builder.add("schools/2/7.html", "again");
        assertThatIllegalStateException().isThrownBy(() -> builder.build(false))
                .withMessage("two files are planned at schools/2/7.html");
        assertThat(builder.build(true).get("schools/2/7.html")).isEqualTo("again");
    }

    @Test
    void aTableIsNotPackedAgain() {
        KeyTable table = KeyTable.of(Map.of("a.html", DIGEST));

        assertThat(KeyTable.of(table)).isSameAs(table);
        assertThat(KeyTable.of()).isEmpty();
    }

    @Test
    void aTableWrittenReadsBackFromTheHeapAndFromAMappedFileAsViewsOfIt(@TempDir Path temp) throws IOException {
        Map<String, String> keys = new HashMap<>();
        keys.put("schools/2199010001/index.html", "school.ftlh:" + DIGEST);
        keys.put("data/SHA256SUMS", "sums");
        keys.put("data/charts/1", "a path that begins another");
        keys.put("青/\uD83C\uDFEB.html", "inputs:" + OTHER_DIGEST);
        for (int page = 0; page < 5_000; page++) {
            keys.put("data/charts/" + page + ".csv", "chart:" + (page % 2 == 0 ? DIGEST : OTHER_DIGEST));
        }
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(written)) {
            out.writeInt(7); // whatever precedes the table in its file
            KeyTable.of(keys).write(out);
            KeyTable.of(Map.of("next", "table")).write(out);
        }
        Path file = temp.resolve("keys");
        Files.write(file, written.toByteArray());

        for (ByteBuffer bytes : List.of(FileBytes.of(file), FileBytes.of(file, 0))) {
            assertThat(bytes.getInt()).isEqualTo(7);
            KeyTable table = KeyTable.read(bytes);
            assertThat(KeyTable.read(bytes)).containsExactly(Map.entry("next", "table"));
            assertThat(bytes.hasRemaining()).isFalse();
            assertThat(table).isEqualTo(keys);
            keys.forEach((path, key) -> assertThat(table.get(path)).isEqualTo(key));
            assertThat(table.get("data/charts/5000.csv")).isNull();
        }
        assertThat(FileBytes.of(file, 0)).isInstanceOf(MappedByteBuffer.class);
        assertThat(FileBytes.of(file)).isNotInstanceOf(MappedByteBuffer.class);
    }

    @Test
    void aTableCutShortOrDamagedIsAnIoException() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(written)) {
            KeyTable.of(Map.of("schools/2199010001/index.html", "school.ftlh:" + DIGEST)).write(out);
        }
        byte[] bytes = written.toByteArray();

        assertThatThrownBy(() -> KeyTable.read(ByteBuffer.wrap(Arrays.copyOf(bytes, bytes.length - 1))))
                .isInstanceOf(IOException.class);
        // the entry's path said to end before it starts: sizes, one prefix ("school.ftlh:"), lengths, starts
        int firstPathEnd = 4 + 4 + 4 + "school.ftlh:".length() + 4 + 4 + 4;
        byte[] damaged = bytes.clone();
        ByteBuffer.wrap(damaged).putInt(firstPathEnd, -1);
        assertThatThrownBy(() -> KeyTable.read(ByteBuffer.wrap(damaged))).isInstanceOf(IOException.class)
                .hasMessage("a key table whose entries do not fit it");
    }
}
