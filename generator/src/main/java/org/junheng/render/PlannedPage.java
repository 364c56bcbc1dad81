package org.junheng.render;

/**
 * A page of the site's plan, made only when its turn to be written comes. A national site has
 * hundreds of thousands of school profiles and county pages; planned as pages, their addresses,
 * input keys and titles alone took most of a gigabyte before the first was written. Planned as
 * this, each holds no more than what it is made from, and is let go once written.
 */
@FunctionalInterface
public interface PlannedPage {

    /** The page itself, made afresh on each call, on any of the build's threads. */
    Page page();
}
