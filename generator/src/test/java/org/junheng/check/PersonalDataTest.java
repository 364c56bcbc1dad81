package org.junheng.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junheng.check.PersonalData.Finding;
import org.junheng.check.PersonalData.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The test numbers use region 99, which no real ID-card number has. */
class PersonalDataTest {

    static final String ID = "990101201503021236";

    private static List<Finding> find(String text) {
        return PersonalData.find(text, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {ID, "身份证号：990101201503021236。", "９９０１０１２０１５０３０２１２３６", "9901 0120 1503 0212 36",
            "990101-20150302-1236", "990101.20150302.1236", "990101\u200b20150302\u200d1236", "99 01 01 - 2015 03 02 - 1236",
            "９９０１０１ ２０１５－０３－０２ １２３６", "990101\u2060201503\u00ad021236"})
    void findsAnIdNumberHoweverItIsDisguised(String text) {
        assertThat(find(text)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.ID_NUMBER);
            assertThat(f.key()).isEqualTo(ID);
            assertThat(f.masked()).isEqualTo("9901**********1236");
        });
    }

    @Test
    void anIdNumberNeedsItsCheckDigitAndABirthDate() {
        assertThat(find("99010120150302123X")).isEmpty();
        assertThat(find("990101201503021235")).isEmpty();
        assertThat(find("990101201513021233")).as("month 13").isEmpty();
        assertThat(find("99010120120909002x")).extracting(Finding::kind, Finding::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ID_NUMBER, "99010120120909002X"));
        assertThat(find("旧身份证 990101800101001")).extracting(Finding::kind, Finding::masked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.ID_NUMBER, "9901*******1001"));
        assertThat(find("990101801301002")).as("15 digits without a date inside").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "手机 138 1234 5678", "+86 138-1234-5678", "86 13812345678", "0086 138 1234 5678",
            "１３８１２３４５６７８", "138\u200b1234\u200b5678", "138.1234.5678", "电话：+86（）13812345678"})
    void findsAMobileNumberHoweverItIsWritten(String text) {
        assertThat(find(text)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.MOBILE);
            assertThat(f.key()).isEqualTo("13812345678");
            assertThat(f.masked()).isEqualTo("138****5678");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0790-6000001", "0790-86123456", "0790 8612 3456", "(0790)86123456", "0790-86123456-8001",
            "学校代码 2199020001", "2024-03-18", "在校生 12,345 人，教师 1,024 人", "12345678901", "索引号 990101-JYTY-2024-0008",
            "1200 26 70 5900.5", "电话 0790-6000001，0790-6000002"})
    void officeLandlinesCodesDatesAndFiguresAreNotPersonalData(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void findsBankCardNumbersByTheLuhnCheck() {
        assertThat(find("卡号 6222 0212 3456 7890 128")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.BANK_CARD);
            assertThat(f.masked()).isEqualTo("6222***********0128");
        });
        assertThat(find("卡号 6222 0212 3456 7890 127")).isEmpty();
        assertThat(find("报名号 2024070100012344")).as("passes the Luhn check, but begins like a year").isEmpty();
        assertThat(PersonalData.passesLuhn("2024070100012344")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张三，2015年3月2日出生", "学生李小明（2015-03-02出生）", "出生日期：2015-03-02", "出生年月日:2015.3.2",
            "王五，２０１５年３月２日生", "出生于2015年3月2日"})
    void findsBirthDatesOfPeople(String text) {
        assertThat(find(text)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.BIRTH_DATE);
            assertThat(f.key()).isEqualTo("20150302");
            assertThat(f.masked()).isEqualTo("2015-**-**");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"凡2017年9月1日至2018年8月31日出生的适龄儿童", "出生日期：2017年9月1日至2018年8月31日",
            "2017年8月31日前出生", "出生年月：2017年9月—2018年8月", "学校于1958年9月1日成立", "通知自2024年3月1日起生效",
            "出生日期在2017年9月1日至2018年8月31日之间"})
    void ageRulesInEnrollmentNoticesAreNotBirthDates(String text) {
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"138<span>1234</span>5678", "138**1234**5678", "&#49;3812345678", "138<!-- x -->12345678",
            "&#x31;&#x33;&#x38;&zwj;12345678", "138&nbsp;1234&nbsp;5678", "`138` `1234` `5678`"})
    void inMarkdownTagsEntitiesAndEmphasisDoNotHideANumber(String text) {
        assertThat(PersonalData.find(text, true)).extracting(Finding::kind).containsExactly(Kind.MOBILE);
    }

    @Test
    void findingsPointAtTheOriginalText() {
        String text = "联系：１３８ 1234\u200b5678。";
        Finding finding = find(text).get(0);

        assertThat(text.substring(finding.start(), finding.end())).isEqualTo("１３８ 1234\u200b5678");
    }

    @Test
    void redactionMasksEveryNumberAndKeepsTheRest() {
        assertThat(PersonalData.redact("身份证 990101201503021236，手机 138-1234-5678，电话 0790-6000001"))
                .isEqualTo("身份证 9901**********1236，手机 138****5678，电话 0790-6000001");
    }

    @Test
    void anAllowlistedValueMatchesHoweverEitherIsWritten() {
        Finding mobile = find("咨询电话 138 1234 5678").get(0);

        assertThat(PersonalData.isAllowedBy(mobile, "+86 13812345678")).isTrue();
        assertThat(PersonalData.isAllowedBy(mobile, "13812345679")).isFalse();
        Finding birth = find("张三，2015年3月2日出生").get(0);
        assertThat(PersonalData.isAllowedBy(birth, "2015-03-02")).isTrue();
        assertThat(PersonalData.isAllowedBy(birth, "2015年3月2日")).isTrue();
    }
}
