package org.junheng.content;

import java.util.List;

/**
 * What the privacy and safety checks find in texts that can reach the output. The loader hands
 * over each file's texts as soon as it has read them, so that a national site's millions of cells
 * are looked at and let go rather than all held until loading ends. It is called from several
 * threads at once.
 */
@FunctionalInterface
public interface TextCheck {

    List<Problem> problemsIn(List<SourceText> texts);
}
