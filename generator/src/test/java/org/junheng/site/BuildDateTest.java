package org.junheng.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junheng.content.Content;
import org.junit.jupiter.api.Test;

class BuildDateTest {

    @Test
    void sourceDateEpochIsReadAsADateInChinaStandardTime() {
        // 2024-07-26T16:30:00Z is already 2024-07-27 in Beijing
        assertThat(BuildDate.fromSourceDateEpoch("1722011400")).contains(LocalDate.of(2024, 7, 27));
        assertThat(BuildDate.fromSourceDateEpoch(" 0 ")).contains(LocalDate.of(1970, 1, 1));
    }

    @Test
    void anUnsetOrMalformedSourceDateEpochGivesNothing() {
        assertThat(BuildDate.fromSourceDateEpoch(null)).isEmpty();
        assertThat(BuildDate.fromSourceDateEpoch("")).isEmpty();
        assertThat(BuildDate.fromSourceDateEpoch("2024-07-27")).isEmpty();
    }

    @Test
    void withoutAGivenDateTheNewestContentItemDecides() {
        Content empty = new Content(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());

        assertThat(BuildDate.resolve(Optional.of(LocalDate.of(2024, 1, 2)), empty)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(BuildDate.resolve(Optional.empty(), empty)).isEqualTo(LocalDate.of(1970, 1, 1));
    }
}
