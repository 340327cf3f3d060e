using Analytics.Core.Ingest.Ledgers;
using DuckDB.NET.Data;

namespace Analytics.Core.Ingest.Store;

/// <summary>Checks that need the whole new version: duplicates across rows and files, and references.</summary>
internal static class SetChecks
{
    private const int SampleLimit = 1000;

    public static void Run(DuckDBConnection connection, ProblemLog problems)
    {
        DuplicateProjects(connection, problems);
        UnknownFundProjects(connection, problems);
        DuplicateFunds(connection, problems);
        UnknownTargetRegions(connection, problems);
        DuplicateTargets(connection, problems);
        DuplicateRegions(connection, problems);
        DuplicateRanks(connection, problems);
        if (!problems.HasErrors) SizeLimits.Check(connection, problems);
    }

    // The duplicate checks sort only the rows of keys that occur more than once: a hash aggregate finds
    // those keys far faster than a window over every row, and the other partitions could not yield a row.
    private static void DuplicateProjects(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            with duplicated as (select project_id from raw.projects group by project_id having count(*) > 1),
            located as (
                select project_id, _file, _sheet, _row,
                       first_value(_file) over w as first_file, first_value(_sheet) over w as first_sheet, first_value(_row) over w as first_row,
                       row_number() over w as n
                from raw.projects semi join duplicated using (project_id) window w as (partition by project_id order by _file, _sheet, _row))
            select project_id, _file, _sheet, _row, first_file, first_sheet, first_row from located where n > 1
            order by _file, _sheet, _row limit {SampleLimit}
            """))
        {
            var (id, file, sheet, row, firstFile, firstSheet, firstRow) = ((string)r[0], (string)r[1], (string)r[2], (int)r[3], (string)r[4], (string)r[5], (int)r[6]);
            problems.Add(firstFile == file
                ? new LedgerProblem(ProblemSeverity.Error, file, sheet, row, "项目编号", "项目编号重复", "duplicate 项目编号 (project id)", id,
                    $"唯一（已在 {firstSheet} 第{firstRow}行出现）", $"unique (already at {firstSheet} row {firstRow})")
                : new LedgerProblem(ProblemSeverity.Error, file, sheet, row, "项目编号",
                    $"项目编号同时出现在两个文件中：{firstFile} 与 {file}", $"project id appears in two files: {firstFile} and {file}", id,
                    $"只在一个文件中（另见 {firstFile} › {firstSheet} › 第{firstRow}行）", $"in one file only (see also {firstFile} › {firstSheet} › row {firstRow})"));
        }
    }

    private static void UnknownFundProjects(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            select f.project_id, f._file, f._sheet, f._row from raw.funds f
            where not exists (select 1 from raw.projects p where p.project_id = f.project_id)
            order by f._file, f._sheet, f._row limit {SampleLimit}
            """))
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[1], (string)r[2], (int)r[3], "项目编号",
                "资金到位台账中的项目编号在项目台账中不存在", "funds for a 项目编号 that is not in the projects ledger", (string)r[0],
                "项目台账中已有的项目编号", "a project id of the projects ledger"));
        }
    }

    private static void DuplicateFunds(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            with duplicated as (select project_id, month from raw.funds group by project_id, month having count(*) > 1),
            located as (
                select project_id, month, _file, _sheet, _row,
                       first_value(_file) over w as first_file, first_value(_sheet) over w as first_sheet, first_value(_row) over w as first_row,
                       row_number() over w as n
                from raw.funds semi join duplicated using (project_id, month) window w as (partition by project_id, month order by _file, _sheet, _row))
            select project_id, strftime(month, '%Y-%m'), _file, _sheet, _row, first_file, first_sheet, first_row from located where n > 1
            order by _file, _sheet, _row limit {SampleLimit}
            """))
        {
            var (id, month, file, sheet, row, firstFile, firstSheet, firstRow) =
                ((string)r[0], (string)r[1], (string)r[2], (string)r[3], (int)r[4], (string)r[5], (string)r[6], (int)r[7]);
            problems.Add(firstFile == file
                ? new LedgerProblem(ProblemSeverity.Warning, file, sheet, row, "到位月份",
                    $"同一项目同一月份有多行（{firstSheet} 第{firstRow}行），金额相加", $"several rows for one project and month (also {firstSheet} row {firstRow}); amounts are added", $"{id} {month}")
                : new LedgerProblem(ProblemSeverity.Error, file, sheet, row, "到位月份",
                    $"同一项目同一月份的到位资金同时出现在两个文件中：{firstFile} 与 {file}", $"funds of one project and month appear in two files: {firstFile} and {file}",
                    $"{id} {month}", "只在一个文件中", "in one file only"));
        }
    }

    private static void UnknownTargetRegions(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            select t.region, t._file, t._sheet, t._row from raw.targets t
            where t.region <> '{LedgerSchema.WholeJurisdiction}' and not exists (select 1 from raw.projects p where p.region = t.region)
              and not exists (select 1 from raw.regions r where r.region = t.region)
            order by t._file, t._sheet, t._row limit {SampleLimit}
            """))
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[1], (string)r[2], (int)r[3], "所属地区",
                "目标任务中的地区在项目台账中不存在", "a target for a region that no project belongs to", (string)r[0],
                "「全市」或项目台账中的地区", "全市 or a region of the projects ledger"));
        }
    }

    private static void DuplicateTargets(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            with located as (
                select year, region, indicator, _file, _sheet, _row,
                       first_value(_file) over w as first_file, first_value(_row) over w as first_row, row_number() over w as n
                from raw.targets window w as (partition by year, region, indicator order by _file, _sheet, _row))
            select year, region, indicator, _file, _sheet, _row, first_file, first_row from located where n > 1
            order by _file, _sheet, _row limit {SampleLimit}
            """))
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[3], (string)r[4], (int)r[5], "指标",
                "同一年度、地区和指标的目标重复", "duplicate target for one year, region and indicator", $"{r[0]} {r[1]} {r[2]}",
                $"唯一（已在 {r[6]} 第{r[7]}行出现）", $"unique (already in {r[6]} row {r[7]})"));
        }
    }

    private static void DuplicateRegions(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            with located as (
                select region, _file, _sheet, _row,
                       first_value(_file) over w as first_file, first_value(_row) over w as first_row, row_number() over w as n
                from raw.regions window w as (partition by region order by _file, _sheet, _row))
            select region, _file, _sheet, _row, first_file, first_row from located where n > 1
            order by _file, _sheet, _row limit {SampleLimit}
            """))
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[1], (string)r[2], (int)r[3], "所属地区",
                "地区重复", "duplicate region", (string)r[0], $"唯一（已在 {r[4]} 第{r[5]}行出现）", $"unique (already in {r[4]} row {r[5]})"));
        }
    }

    private static void DuplicateRanks(DuckDBConnection connection, ProblemLog problems)
    {
        foreach (var r in Query(connection, $"""
            with located as (
                select period, indicator, scope, _file, _sheet, _row,
                       first_value(_file) over w as first_file, first_value(_row) over w as first_row, row_number() over w as n
                from raw.external_ranks window w as (partition by year, through_month, indicator, scope order by _file, _sheet, _row))
            select period, indicator, scope, _file, _sheet, _row, first_file, first_row from located where n > 1
            order by _file, _sheet, _row limit {SampleLimit}
            """))
        {
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[3], (string)r[4], (int)r[5], "名次",
                "同一期间、指标和范围的排名重复", "duplicate rank for one period, indicator and scope", $"{r[0]} {r[1]} {r[2]}",
                $"唯一（已在 {r[6]} 第{r[7]}行出现）", $"unique (already in {r[6]} row {r[7]})"));
        }
    }

    private static IEnumerable<object[]> Query(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            yield return values;
        }
    }
}
