package org.junheng.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junheng.charts.ChartBook;
import org.junheng.charts.ChartCsv;
import org.junheng.charts.ChartSpec;

/** The charts of one build: hands out chart views and remembers every chart's CSV for writing. */
final class Charts {

    private final ChartBook book;
    private final List<ChartView> views = Collections.synchronizedList(new ArrayList<>());

    Charts(ChartBook book) {
        this.book = book;
    }

    ChartView add(ChartSpec spec) {
        ChartView view = new ChartView(spec, book);
        views.add(view);
        return view;
    }

    /** Every chart's CSV by its site-relative path; ids are unique, so a repeat means a planning error. */
    Map<String, String> csvFiles() {
        Map<String, String> files = new TreeMap<>();
        synchronized (views) {
            for (ChartView view : views) {
                if (files.put(view.csvUrl(), ChartCsv.of(view.spec().table())) != null) {
                    throw new IllegalStateException("two charts share the id " + view.id());
                }
            }
        }
        return files;
    }
}
