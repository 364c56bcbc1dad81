package org.junheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** axe-core in Chromium finds no WCAG 2.1 A or AA violation on any kind of page. */
@ExtendWith(BrowserSuite.Resolver.class)
class AccessibilityTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.junheng.browser.PageType#ALL")
    void everyKindOfPageMeetsWcag21AA(PageType type, BrowserSuite suite) {
        Browser browser = suite.withJavaScript().open(type.path());

        Results results = axe().analyze(browser.driver());

        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe checked the page").extracting(Rule::getId)
                .contains("html-has-lang", "document-title");
        assertThat(results.getViolations()).as(() -> describe(results.getViolations())).isEmpty();
    }

    /**
     * axe with the WCAG 2.1 A and AA rules, reporting the elements of violations only. The pages
     * have no frames, so axe runs in the page itself rather than in a second window.
     */
    static AxeBuilder axe() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_21_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations"));
        // axe's default 30 s ran out on the data dictionary (hundreds of table cells) on a busy 2-core machine
        return new AxeBuilder().withOptions(options).setLegacyMode(true).setTimeout(180);
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().limit(5).map(AccessibilityTest::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }

    private static String describe(CheckedNode node) {
        return "  " + node.getTarget() + "  " + node.getHtml() + "\n    " + node.getFailureSummary();
    }
}
