package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lists of paths packed by path read back as they were added. */
class PathListsTest {

    @Test
    void listsOfAnyLengthReadBackAsAdded() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("schools/2199010001/index.html", List.of("data/charts/219901-school-2199010001-primary.csv",
                "data/charts/219901-school-2199010001-primary-trend.csv"));
        lists.put("en/schools/2199010001/index.html", List.of());
        lists.put("counties/219901/indicators/2.1/index.html", List.of("data/charts/学校.csv"));

        PathLists packed = PathLists.of(lists);

        assertThat(packed).isEqualTo(lists);
        assertThat(packed.get("en/schools/2199010001/index.html")).isEmpty();
        assertThat(packed.get("schools/2199010002/index.html")).isNull();
        assertThat(packed.keySet()).containsExactly("counties/219901/indicators/2.1/index.html",
                "en/schools/2199010001/index.html", "schools/2199010001/index.html");
    }

    @Test
    void aPathAddedTwiceKeepsItsLaterList() {
        PathLists.Builder builder = new PathLists.Builder();
        builder.add("a/index.html", List.of("data/charts/a.csv"));
        builder.add("a/index.html", List.of("data/charts/b.csv"));

        assertThat(builder.build()).containsExactly(Map.entry("a/index.html", List.of("data/charts/b.csv")));
    }

    @Test
    void aListedPathThatIsEmptyOrHoldsALineFeedIsRefused() {
        PathLists.Builder builder = new PathLists.Builder();

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("a", List.of("x\ny")))
                .withMessageContaining("line feed");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("a", List.of("")));
    }

    @Test
    void listsWrittenReadBackAsTheyWere() throws IOException {
        Map<String, List<String>> lists = Map.of("schools/2199010001/index.html",
                List.of("data/charts/a.csv", "data/charts/b.csv"), "en/index.html", List.of());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(written)) {
            PathLists.of(lists).write(out);
        }

        assertThat(PathLists.read(ByteBuffer.wrap(written.toByteArray()))).isEqualTo(lists);
    }
}
