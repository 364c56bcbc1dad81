package org.junheng.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedSet;
import org.junheng.files.Sha256;
import org.junheng.render.ContentShares;
import org.junheng.render.ContentShares.Kind;
import org.junheng.render.ContentShares.Share;

/**
 * The input key of each school year's open-data tables: what they can be made from, so that a year
 * whose key is unchanged takes its tables from the last build instead of making them again.
 *
 * <p>A year's tables are made from the content, the assessments (which follow from the content and
 * the standards), the suppression threshold and which years are published and assessed. Of the
 * content, only the statistics, county inputs, enrollment and documents belong to a school year.
 * A year's key covers the statistics, county inputs and enrollment of that year and of every
 * earlier one (a CV is compared with the year before, a zone with last year's), the documents of
 * that year only (they reach no table but their year's list of documents), and everything else
 * whole — the registry, counties, projects, partnerships, corrections — so that editing the newest
 * year's statistics or an old document leaves the keys of the other years as they were, and
 * editing anything not of one year changes every key. {@code context} stands for the rest: the
 * generator's code and the standards the assessments used. The content is digested in the shares
 * the pages' input keys are made of too (see {@link ContentShares}).
 */
final class YearKeys {

    private YearKeys() {
    }

    static Map<Integer, String> of(ContentShares shares, String context, SortedSet<Integer> years,
                                   SortedSet<Integer> assessed, int suppressionThreshold, int excelRows, int threads) {
        byte[] whole = shares.digest(share -> share.year() == Share.NO_YEAR || !years.contains(share.year()), threads);
        MessageDigest common = Sha256.digest();
        update(common, context + "\n" + suppressionThreshold + "\n" + excelRows + "\n" + years + "\n" + assessed + "\n");
        common.update(whole);
        Map<Integer, String> keys = new HashMap<>();
        MessageDigest upTo = Sha256.digest();
        upTo.update(common.digest());
        for (int year : years) {
            update(upTo, "\n" + year + ":");
            upTo.update(shares.digest(share -> share.year() == year && share.kind() != Kind.DOCUMENTS, threads));
            try {
                MessageDigest key = (MessageDigest) upTo.clone();
                update(key, "\ndocuments:");
                key.update(shares.digest(share -> share.year() == year && share.kind() == Kind.DOCUMENTS, threads));
                keys.put(year, year + "-" + HexFormat.of().formatHex(key.digest()));
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("SHA-256 cannot be cloned here", e);
            }
        }
        return keys;
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
