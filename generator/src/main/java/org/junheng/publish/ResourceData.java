package org.junheng.publish;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junheng.indicators.CountyAssessment;
import org.junheng.indicators.ResourceAllocation;
import org.junheng.indicators.Text;
import org.junheng.indicators.YearAssessment;

/**
 * Part 1, 资源配置, of every county: under the site's standard set (indicators, school_parts,
 * excluded, cvs) or, as history, under the 2012 basic-balance set (the basic_balance_ tables).
 */
final class ResourceData implements TableSource {

    static final TableSchema BASIC_INDICATORS = IndicatorTables.INDICATORS.renamed("basic_balance_indicators",
            Text.of("基本均衡各校指标", "Basic-balance indicators per school"),
            Text.of("按 2012 年基本均衡标准计算的各校 8 项指标（B1–B8），未经四舍五入；该标准对单校没有标准值。",
                    "Every school's 8 indicators (B1–B8) under the 2012 basic-balance standard, unrounded; that standard "
                            + "sets no per-school thresholds."));
    static final TableSchema BASIC_CVS = IndicatorTables.CVS.renamed("basic_balance_cvs",
            Text.of("基本均衡差异系数", "Basic-balance CVs"),
            Text.of("2012 年基本均衡标准的 8 项指标差异系数，公式同 cvs；可用 basic_balance_indicators 重新计算。",
                    "The CVs of the 8 indicators of the 2012 basic-balance standard, by the formula of cvs; recompute "
                            + "them from basic_balance_indicators."));

    private final List<CountyAssessment> assessments;
    private final boolean basicBalance;
    private final CountyRows countyRows;

    private ResourceData(List<CountyAssessment> assessments, boolean basicBalance, CountyRows countyRows) {
        this.assessments = List.copyOf(assessments);
        this.basicBalance = basicBalance;
        this.countyRows = countyRows;
    }

    /** Under the site's standard set; each county's rows taken from {@code countyRows} where they are kept. */
    static ResourceData national(List<CountyAssessment> assessments, CountyRows countyRows) {
        return new ResourceData(assessments, false, countyRows);
    }

    /** Under the 2012 basic-balance set, for the years that have that view. */
    static ResourceData basicBalance(List<CountyAssessment> assessments, CountyRows countyRows) {
        return new ResourceData(assessments, true, countyRows);
    }

    @Override
    public List<TableSchema> schemas() {
        return basicBalance
                ? List.of(BASIC_INDICATORS, BASIC_CVS, IndicatorTables.COMPOSITES)
                : List.of(IndicatorTables.INDICATORS, IndicatorTables.SCHOOL_PARTS, IndicatorTables.EXCLUDED,
                        IndicatorTables.CVS);
    }

    @Override
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        for (CountyAssessment county : assessments) {
            for (YearAssessment year : county.years()) {
                // asked without assessing the basic-balance view, which only a county's rows made again need
                if (!basicBalance || year.basicBalanceView().present()) {
                    years.add(year.year());
                }
            }
        }
        return years;
    }

    @Override
    public List<Table> tables(int year) {
        return makers(year).stream().map(Supplier::get).toList();
    }

    /** Each table made apart: a national site's indicator rows are millions of cells, the slowest table to make. */
    @Override
    public List<Supplier<Table>> makers(int year) {
        if (basicBalance) {
            return List.of(
                    () -> table(BASIC_INDICATORS, year,
                            (county, r) -> IndicatorTables.indicatorRows(county, r, BASIC_INDICATORS)),
                    () -> table(BASIC_CVS, year, (county, r) -> IndicatorTables.cvRows(county, r, BASIC_CVS)),
                    () -> table(IndicatorTables.COMPOSITES, year, IndicatorTables::compositeRows));
        }
        return List.of(
                () -> table(IndicatorTables.INDICATORS, year,
                        (county, r) -> IndicatorTables.indicatorRows(county, r, IndicatorTables.INDICATORS)),
                () -> table(IndicatorTables.SCHOOL_PARTS, year, IndicatorTables::schoolPartRows),
                () -> table(IndicatorTables.EXCLUDED, year, IndicatorTables::excludedRows),
                () -> table(IndicatorTables.CVS, year,
                        (county, r) -> IndicatorTables.cvRows(county, r, IndicatorTables.CVS)));
    }

    /**
     * The table's rows, each county's taken from the last build if its content is unchanged (see
     * {@link CountyRows}) or made and packed on every core, joined in county order: one thread making
     * a year's indicator rows was most of the time a one-school rebuild spent on that year's tables.
     * (The makers run in a pool of the build's threads, which the parallel stream shares.)
     */
    private Table table(TableSchema schema, int year, BiFunction<String, ResourceAllocation, List<List<String>>> rows) {
        List<PackedRows> byCounty = countyRows.rows(schema.name(), year,
                assessments.stream().map(county -> county.county().code()).toList(),
                i -> assessments.get(i).year(year).flatMap(this::resources)
                        .map(resources -> PackedRows.of(rows.apply(assessments.get(i).county().code(), resources)))
                        .orElse(PackedRows.of(List.of())));
        return new Table(schema, PackedRows.join(byCounty));
    }

    private Optional<ResourceAllocation> resources(YearAssessment year) {
        return basicBalance ? year.basicBalance() : Optional.of(year.resources());
    }
}
