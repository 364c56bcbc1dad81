package org.junheng.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleSequence;
import freemarker.template.Template;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateSequenceModel;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewModelWrapperTest {

    public record Item(String name, List<Integer> counts) {
    }

    private final DefaultObjectWrapper stock = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    private final ViewModelWrapper wrapper = new ViewModelWrapper(new DefaultObjectWrapperBuilder(
            Configuration.VERSION_2_3_34));

    @Test
    void everyKindOfValueIsWrappedAsTheDefaultWrapperWrapsIt() throws Exception {
        SimpleSequence alreadyWrapped = new SimpleSequence(List.of("x"), stock);
        List<Object> values = List.of("均衡", List.of(1, 2), new ArrayList<>(List.of("a")), new LinkedList<>(List.of(3)),
                Map.of("k", "v"), Set.of(1), new Item("a", List.of(1)), true, 42, Optional.of("o"), alreadyWrapped);

        for (Object value : values) {
            TemplateModel ours = wrapper.wrap(value);
            assertThat(ours).as("%s", value).hasSameClassAs(stock.wrap(value));
            if (ours instanceof TemplateSequenceModel sequence) {
                assertThat(sequence.size()).isEqualTo(((TemplateSequenceModel) stock.wrap(value)).size());
            }
        }
        assertThat(wrapper.wrap(alreadyWrapped)).isSameAs(alreadyWrapped);
    }

    @Test
    void aTemplateReadsTextsListsAndRecordsThroughIt() throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(ViewModelWrapper.of(Configuration.VERSION_2_3_34));
        Template template = new Template("t", "${title} ${items?size}<#list items as item>"
                + " ${item.name}:${item.counts?join('+')}:${item.counts[1]}</#list> ${items?is_sequence?c}",
                configuration);
        StringWriter out = new StringWriter();

        template.process(Map.of("title", "学校", "items", List.of(new Item("甲", List.of(1, 2)),
                new Item("乙", new ArrayList<>(List.of(3, 4))))), out);

        assertThat(out).hasToString("学校 2 甲:1+2:2 乙:3+4:4 true");
    }
}
