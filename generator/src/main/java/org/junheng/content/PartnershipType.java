package org.junheng.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of school partnerships a county organises. */
public enum PartnershipType {
    PAIRING("结对共建"),
    GROUP("教育集团"),
    DISTRICT("学区"),
    ALLIANCE("联盟");

    private final String chinese;

    PartnershipType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() { return chinese; }

    public static Optional<PartnershipType> fromChinese(String text) {
        return Arrays.stream(values()).filter(t -> t.chinese.equals(text)).findFirst();
    }
}
