package org.junheng.render;

/**
 * A page of the site's plan, made only when its turn to be written comes. A national site has
 * hundreds of thousands of school profiles and county pages; planned as pages, each holding its
 * path, address, input key, title and description, they were most of the 790 MB the plan held at
 * 200,000 schools before the first was written. Planned as this, each holds no more than what it is
 * made from, and is let go once written.
 */
@FunctionalInterface
public interface PlannedPage {

    /** The page itself, made afresh on each call, on any of the build's threads. */
    Page page();
}
