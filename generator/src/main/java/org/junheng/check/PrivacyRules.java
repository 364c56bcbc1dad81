package org.junheng.check;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junheng.content.Problem;
import org.junheng.content.SourceText;

/**
 * No ID-card, mobile or bank-card number and no birth date next to a name may reach the
 * output, unless the site allowlists that exact value with a reason. Values are shown
 * masked, so a finding never repeats the number into a CI log.
 */
final class PrivacyRules implements TextRule {

    private static final String ALLOW = "；若确认可以公开，在 site-config.yml 的 privacy.allow 中登记这个值并写明理由";

    private final List<AllowedValue> allowed;
    /** Entries of the allowlist some text needed, over every call: texts are checked file by file, on many threads. */
    private final Set<AllowedValue> used = ConcurrentHashMap.newKeySet();

    PrivacyRules(List<AllowedValue> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    @Override
    public void check(List<SourceText> texts, List<Problem> problems) {
        checkAllowing(texts, problems);
    }

    /** Checks as {@link #check} does, and says whether the allowlist let any finding through. */
    boolean checkAllowing(List<SourceText> texts, List<Problem> problems) {
        boolean allowed = false;
        for (SourceText text : texts) {
            for (PersonalData.Finding finding : PersonalData.find(text.text(), text.kind() == SourceText.Kind.MARKDOWN)) {
                AllowedValue allowance = allowance(finding);
                if (allowance != null) {
                    used.add(allowance);
                    allowed = true;
                    continue;
                }
                report(text, finding, problems);
            }
        }
        return allowed;
    }

    /** Once every text has been checked: the entries of the allowlist that no text needed. */
    void reportUnused(List<Problem> problems) {
        for (AllowedValue allowance : allowed) {
            if (!used.contains(allowance)) {
                problems.add(Problem.warning(allowance.source(), PersonalData.redact(allowance.value()),
                        "privacy.allow-unused", "privacy.allow 中登记的值在内容中已不存在",
                        "从 site-config.yml 的 privacy.allow 中删除这一项"));
            }
        }
    }

    private static void report(SourceText text, PersonalData.Finding finding, List<Problem> problems) {
        String rule = switch (finding.kind()) {
            case ID_NUMBER -> "privacy.id-number";
            case MOBILE -> "privacy.mobile";
            case BANK_CARD -> "privacy.bank-card";
            case BIRTH_DATE -> "privacy.birth-date";
        };
        String message = switch (finding.kind()) {
            case ID_NUMBER -> "疑似身份证号码（校验位有效），不得公开";
            case MOBILE -> "疑似手机号码，不得公开个人的手机号";
            case BANK_CARD -> "疑似银行卡号（通过 Luhn 校验），不得公开";
            case BIRTH_DATE -> "姓名旁的出生日期属于个人信息，不得公开";
        };
        String fix = switch (finding.kind()) {
            case ID_NUMBER -> "删除号码";
            case MOBILE -> "改用单位的办公电话（座机）";
            case BANK_CARD -> "删除卡号";
            case BIRTH_DATE -> "删除出生日期；招生政策中的年龄条件请写成“2017年9月1日至2018年8月31日出生”这样的区间";
        };
        problems.add(Problem.error(text.at(finding.start()), finding.masked(), rule, message, fix + ALLOW));
    }

    private AllowedValue allowance(PersonalData.Finding finding) {
        for (AllowedValue allowance : allowed) {
            if (PersonalData.isAllowedBy(finding, allowance.value())) {
                return allowance;
            }
        }
        return null;
    }
}
