package org.junheng.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownMemoTest {

    @TempDir
    Path cache;

    private final List<String> renderedAnew = new ArrayList<>();
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private Path file() {
        return cache.resolve(".junheng-cache/markdown");
    }

    private Function<String, MarkdownRenderer.Rendered> counting() {
        return text -> {
            renderedAnew.add(text);
            return renderer.rendered(text);
        };
    }

    private MarkdownRenderer.Rendered load(MarkdownMemo memo, String text) {
        return memo.rendered(text, counting());
    }

    @Test
    void theNextLoadRendersOnlyTheTextsThatChanged() {
        MarkdownMemo first = MarkdownMemo.in(file(), "code", false);
        MarkdownRenderer.Rendered plan = load(first, "## 目标\n\n到 2026 年达标。");
        load(first, "第二篇。");
        first.save();

        MarkdownMemo second = MarkdownMemo.in(file(), "code", false);
        MarkdownRenderer.Rendered kept = load(second, "## 目标\n\n到 2026 年达标。");
        MarkdownRenderer.Rendered edited = load(second, "第二篇，改过。");

        assertThat(renderedAnew).containsExactly("## 目标\n\n到 2026 年达标。", "第二篇。", "第二篇，改过。");
        assertThat(kept).isEqualTo(plan);
        assertThat(kept.html()).contains("目标</h2>", "<p>到 2026 年达标。</p>");
        assertThat(kept.firstParagraph()).isEqualTo("到 2026 年达标。");
        assertThat(edited.html()).contains("第二篇，改过。");
    }

    @Test
    void aMemoKeepsOnlyWhatItsLoadUsedSoATextDroppedSinceIsRenderedAgain() {
        MarkdownMemo first = MarkdownMemo.in(file(), "code", false);
        load(first, "甲");
        load(first, "乙");
        first.save();
        MarkdownMemo second = MarkdownMemo.in(file(), "code", false);
        load(second, "乙");
        second.save();

        load(MarkdownMemo.in(file(), "code", false), "甲");

        assertThat(renderedAnew).containsExactly("甲", "乙", "甲");
    }

    @Test
    void aMemoKeptByOtherCodeIsNotRead() {
        MarkdownMemo old = MarkdownMemo.in(file(), "old code", false);
        load(old, "甲");
        old.save();

        load(MarkdownMemo.in(file(), "new code", false), "甲");

        assertThat(renderedAnew).containsExactly("甲", "甲");
    }

    @Test
    void aMemoCutShortIsNoMemo() throws IOException {
        MarkdownMemo first = MarkdownMemo.in(file(), "code", false);
        load(first, "一段很长的文字。".repeat(40));
        first.save();
        byte[] bytes = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(bytes, bytes.length - 20));

        MarkdownRenderer.Rendered again = load(MarkdownMemo.in(file(), "code", false), "一段很长的文字。".repeat(40));

        assertThat(renderedAnew).hasSize(2);
        assertThat(again.html()).contains("一段很长的文字。</p>");
    }

    @Test
    void verifyingRendersKeptTextsAgainAndStopsWhenTheKeptOneDiffers() {
        MarkdownMemo first = MarkdownMemo.in(file(), "code", false);
        first.rendered("甲", text -> new MarkdownRenderer.Rendered("<p>旧的</p>", "旧的"));
        first.save();

        MarkdownMemo verifying = MarkdownMemo.in(file(), "code", true);

        assertThatThrownBy(() -> load(verifying, "甲")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("differs from what it renders now");
        assertThat(renderedAnew).containsExactly("甲");
    }

    @Test
    void noMemoRendersEveryTimeAndKeepsNothing() {
        MarkdownMemo none = MarkdownMemo.none();
        load(none, "甲");
        load(none, "甲");
        none.save();

        assertThat(renderedAnew).containsExactly("甲", "甲");
        assertThat(file()).doesNotExist();
    }
}
