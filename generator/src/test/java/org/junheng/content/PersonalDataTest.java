package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void findsAnIdNumberWhoseCheckCharacterAndBirthDateAreRight() {
        assertThat(PersonalData.find("学生身份证号 110101200801011230。"))
                .extracting(PersonalData.Finding::kind, PersonalData.Finding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PersonalData.Kind.ID_NUMBER, "110101200801011230"));
        assertThat(PersonalData.find("11010120080101123X")).as("wrong check character").isEmpty();
        assertThat(PersonalData.find("110101200813011236")).as("no 13th month").isEmpty();
    }

    @Test
    void findsMobileNumbersButNotLandlinesCodesOrDigitsInsideNumbers() {
        assertThat(PersonalData.find("联系电话：13812345678、+86 139-0000")).extracting(PersonalData.Finding::text)
                .containsExactly("13812345678");
        assertThat(PersonalData.find("0790-6212018, 2199010001, 990101")).isEmpty();
        assertThat(PersonalData.find("4.13812345678")).as("a decimal fraction").isEmpty();
        assertThat(PersonalData.find("5.440414507772020725388601036269430")).isEmpty();
        assertThat(PersonalData.find("1381234567890")).as("part of a longer number").isEmpty();
    }

    @Test
    void aFindingCanBeReportedWithoutRepeatingIt() {
        assertThat(PersonalData.find("13812345678").get(0).masked()).isEqualTo("138******78");
    }
}
