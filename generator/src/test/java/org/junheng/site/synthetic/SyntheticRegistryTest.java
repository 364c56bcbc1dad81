package org.junheng.site.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticRegistryTest {

    @Test
    void everyCountyOfANationalSizedSiteHasItsOwnSixDigitCode() {
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < SyntheticRegistry.MAX_COUNTIES; index++) {
            String code = SyntheticRegistry.countyCode(index);
            assertThat(code).as("county %d", index).matches("99(0[1-9]|[1-9][0-9])(0[1-9]|[1-9][0-9])");
            codes.add(code);
        }

        assertThat(codes).hasSize(SyntheticRegistry.MAX_COUNTIES);
    }

    @Test
    void aSmallerSitesCodesStayAsTheyWere() {
        assertThat(SyntheticRegistry.countyCode(0)).isEqualTo("990101");
        assertThat(SyntheticRegistry.countyCode(19)).isEqualTo("990120");
        assertThat(SyntheticRegistry.countyCode(20)).isEqualTo("990201");
        assertThat(SyntheticRegistry.countyCode(1979)).isEqualTo("999920");
        assertThat(SyntheticRegistry.countyCode(1980)).isEqualTo("990121");
    }

    @Test
    void aSiteTooLargeForTheCodesIsRefusedRatherThanGivenInvalidCodes() {
        assertThatThrownBy(() -> SyntheticRegistry.counties(SyntheticSite.MAX_SCHOOLS + 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9801");
    }
}
