package org.junheng.check;

import java.util.List;
import org.junheng.content.Problem;
import org.junheng.content.SourceText;

/** One family of checks over the texts that can reach the output, run even when the content did not load cleanly. */
interface TextRule {

    void check(List<SourceText> texts, List<Problem> problems);
}
