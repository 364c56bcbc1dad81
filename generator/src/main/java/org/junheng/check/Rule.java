package org.junheng.check;

import java.util.List;
import org.junheng.content.Content;
import org.junheng.content.Problem;

/** One family of checks over the loaded content. */
interface Rule {

    void check(Content content, List<Problem> problems);
}
