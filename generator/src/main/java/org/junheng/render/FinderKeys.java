package org.junheng.render;

/**
 * What the school list's search box and filters match a school against, written into the list
 * item's {@code data-*} attributes. {@code names} are the name and aliases separated by "|";
 * {@code pinyin} the same names as syllables ("qing lan shi xiao|…"), so the script finds full
 * pinyin and initials from any syllable; the keys are space-separated.
 */
public record FinderKeys(String names, String pinyin, String stages, String town, String locality, String ownership,
                         String communities) {
}
