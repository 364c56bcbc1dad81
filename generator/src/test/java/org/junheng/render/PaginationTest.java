package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginationTest {

    private static List<String> labels(Pagination page) {
        return page.links().stream().map(link -> link.gap() ? "…" : link.current() ? "[" + link.label() + "]"
                : link.label()).toList();
    }

    @Test
    void aListIsCutIntoPagesOfFiftyTheFirstAtItsOwnAddress() {
        List<Pagination> pages = Pagination.of("disclosures/by-year/2024/", 101);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0).url()).isEqualTo("disclosures/by-year/2024/");
        assertThat(pages.get(2).url()).isEqualTo("disclosures/by-year/2024/page/3/");
        List<Integer> items = IntStream.range(0, 101).boxed().toList();
        assertThat(pages.get(0).slice(items)).hasSize(50).startsWith(0).endsWith(49);
        assertThat(pages.get(2).slice(items)).containsExactly(100);
    }

    @Test
    void anEmptyOrShortListHasOnePage() {
        assertThat(Pagination.of("x/", 0)).hasSize(1);
        assertThat(Pagination.of("x/", 50)).hasSize(1);
        assertThat(Pagination.of("x/", 51)).hasSize(2);
    }

    @Test
    void aPageLinksTheFirstTheLastAndTwoOnEachSideWithGapsBetween() {
        List<Pagination> pages = Pagination.of("x/", 50 * 10);

        assertThat(labels(pages.get(0))).containsExactly("[1]", "2", "3", "…", "10");
        assertThat(labels(pages.get(4))).containsExactly("1", "…", "3", "4", "[5]", "6", "7", "…", "10");
        assertThat(labels(pages.get(3))).as("no gap where no page is left out")
                .containsExactly("1", "2", "3", "[4]", "5", "6", "…", "10");
        assertThat(labels(pages.get(9))).containsExactly("1", "…", "8", "9", "[10]");
        assertThat(pages.get(4).links().get(4).url()).isEqualTo("x/page/5/");
    }
}
