package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChineseOrderTest {

    @Test
    void namesCompareExactlyAsTheCollatorComparesThem() {
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        List<String> names = List.of("青岚镇", "石门镇", "云峰乡", "城关街道", "长安镇", "重庆路社区", "阿坝", "Ａ区", "A区", "a区",
                "2号院", "１号院", "东城区", "东城区（东）", "东 城区", "", "朝阳", "潮阳");
        ChineseOrder order = new ChineseOrder();

        for (String one : names) {
            for (String other : names) {
                assertThat(Integer.signum(order.compare(one, other)))
                        .as(one + " against " + other).isEqualTo(Integer.signum(collator.compare(one, other)));
            }
        }
        assertThat(names.stream().sorted(new ChineseOrder()).toList())
                .isEqualTo(names.stream().sorted(collator).toList());
    }
}
