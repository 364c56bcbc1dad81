package org.junheng.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgCompactorTest {

    private static final String NAMESPACES = "xmlns='http://www.w3.org/2000/svg'"
            + " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    @Test
    void dropsTheWholeCanvasClipWithItsEmptiedDefsAndTurnsRepeatedStylesIntoClasses() {
        String drawn = "<svg " + NAMESPACES + " width='10' height='8'><defs><clipPath id='c1'>"
                + "<path d='M0,0L10,0L10,8L0,8L0,0Z'/></clipPath></defs>"
                + "<rect clip-path='url(#c1)' style='fill: red'/><rect clip-path='url(#c1)' style='fill: red'/>"
                + "<text style='font-family: &quot;A&quot;'>a</text></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8)).isEqualTo(
                "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='8'><style>#svg-t .s0{fill: red}</style>"
                        + "<rect class='s0'/><rect class='s0'/><text style='font-family: &quot;A&quot;'>a</text></svg>");
    }

    @Test
    void keepsOtherClipsAndTheirDefsAndLeavesADrawingWithNothingToCompactAsItIs() {
        String drawn = "<svg width='10' height='8'><defs><clipPath id='c1'><path d='M0,0L10,0L10,8L0,8L0,0Z'/>"
                + "</clipPath><clipPath id='c2'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath></defs>"
                + "<rect clip-path='url(#c1)' style='fill: red'/><rect clip-path='url(#c2)' style='fill: blue'/></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8)).isEqualTo("<svg width='10' height='8'><defs>"
                + "<clipPath id='c2'><path d='M1,1L5,1L5,5L1,5L1,1Z'/></clipPath></defs>"
                + "<rect style='fill: red'/><rect clip-path='url(#c2)' style='fill: blue'/></svg>");
        String plain = "<svg width='10' height='8'><rect style='fill: red'/></svg>";
        assertThat(SvgCompactor.compact(plain, "svg-t", 10, 8)).isSameAs(plain);
        String unscopable = "<svg width='10' height='8'><rect style='fill: red'/><rect style='fill: red'/></svg>";
        assertThat(SvgCompactor.compact(unscopable, "1-not-a-css-id", 10, 8)).isSameAs(unscopable);
    }

    @Test
    void addsAttributesToTheOpeningTagAndFirstChildrenBeforeTheStylesInTheSameCopy() {
        String drawn = "<svg " + NAMESPACES + "><rect style='fill: red'/><rect style='fill: red'/></svg>";

        assertThat(SvgCompactor.compact(drawn, "svg-t", 10, 8, " role=\"img\"", "<title>T</title>")).isEqualTo(
                "<svg xmlns='http://www.w3.org/2000/svg' role=\"img\"><title>T</title>"
                        + "<style>#svg-t .s0{fill: red}</style><rect class='s0'/><rect class='s0'/></svg>");
        String plain = "<svg width='10' height='8'><rect/></svg>";
        assertThat(SvgCompactor.compact(plain, "svg-t", 10, 8, " role=\"img\"", "<title>T</title>"))
                .isEqualTo("<svg width='10' height='8' role=\"img\"><title>T</title><rect/></svg>");
    }
}
