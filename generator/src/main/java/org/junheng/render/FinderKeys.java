package org.junheng.render;

/**
 * What the school list's search box and filters match a school against, written into the list
 * item's {@code data-*} attributes. {@code aliases} are separated by "|" (the name is the item's
 * link, the town its section's: the script reads them there, rather than every item repeating
 * them, which made a county's list a twelfth heavier); {@code pinyin} is the name and aliases as
 * syllables ("qing lan shi xiao|…"), so the script finds full pinyin and initials from any
 * syllable; the keys are space-separated.
 */
public record FinderKeys(String aliases, String pinyin, String stages, String locality, String ownership,
                         String communities) {
}
