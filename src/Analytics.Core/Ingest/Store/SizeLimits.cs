using System.Globalization;
using Analytics.Core.Ingest.Ledgers;
using DuckDB.NET.Data;

namespace Analytics.Core.Ingest.Store;

/// <summary>
/// The size a data version may have for the SQL models: they keep a snapshot of every member (region, industry chain,
/// fund source, and 全市) for every day of the data's years, so time and disk grow with members × days. A real office
/// has tens of regions and chains; a ledger beyond these limits is refused before the models run, at the row where it
/// went past them.
/// </summary>
public static class SizeLimits
{
    /// <summary>The most members one dimension (所属地区, 产业链, 资金来源) may have.</summary>
    public const int MembersPerDimension = 1000;

    /// <summary>The most daily snapshots: (members of the three dimensions + 1) × days from 1 January of the year before the first date to 31 December of the last.</summary>
    public const long DailySnapshots = 2_000_000;

    private static readonly (string Column, string Header)[] Dimensions = [("region", "所属地区"), ("industry_chain", "产业链"), ("fund_source", "资金来源")];

    private static readonly (string Column, string Header)[] Dates = [("signed_on", "签约日期"), ("started_on", "开工日期"), ("producing_on", "投产日期"), ("in_stats_on", "入统日期")];

    internal static void Check(DuckDBConnection connection, ProblemLog problems)
    {
        long members = 1;
        foreach (var (column, header) in Dimensions)
        {
            var count = Convert.ToInt64(Scalar(connection, $"select count(distinct {column}) from raw.projects"), CultureInfo.InvariantCulture);
            members += count;
            if (count <= MembersPerDimension) continue;
            // The row where the member past the limit first appears (rows in file, sheet and row order).
            var r = Row(connection, $"""
                select {column}, _file, _sheet, _row from (
                    select {column}, _file, _sheet, _row, row_number() over (partition by {column} order by _file, _sheet, _row) as k from raw.projects)
                where k = 1 order by _file, _sheet, _row limit 1 offset {MembersPerDimension}
                """);
            problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)r[1], (string)r[2], (int)r[3], header,
                $"{header}共有 {count:N0} 个不同的值，超过上限 {MembersPerDimension:N0}（从此行起超出）", $"{header} has {count:N0} distinct values, more than the limit of {MembersPerDimension:N0} (exceeded from this row on)",
                (string)r[0], $"不超过 {MembersPerDimension:N0} 个（一个地区的招商台账通常只有几十个）", $"at most {MembersPerDimension:N0} (an office's ledger usually has tens)"));
        }
        if (problems.HasErrors) return;
        var dates = string.Join(", ", Dates.Select(d => d.Column));
        var span = Row(connection, $"select min(d), max(d) from (unpivot (select {dates} from raw.projects) on {dates} into name c value d)");
        if (span[0] is not DateOnly first || span[1] is not DateOnly last) return;
        var days = new DateOnly(last.Year, 12, 31).DayNumber - new DateOnly(first.Year - 1, 1, 1).DayNumber + 1;
        var snapshots = members * days;
        if (snapshots <= DailySnapshots) return;
        var earliest = Row(connection, $"""
            select c, d, _file, _sheet, _row from (unpivot (select {dates}, _file, _sheet, _row from raw.projects) on {dates} into name c value d)
            order by d, _file, _sheet, _row limit 1
            """);
        var dateHeader = Dates.Single(d => d.Column == (string)earliest[0]).Header;
        problems.Add(new LedgerProblem(ProblemSeverity.Error, (string)earliest[2], (string)earliest[3], (int)earliest[4], dateHeader,
            $"日期从 {first:yyyy-MM-dd}（此行）到 {last:yyyy-MM-dd}，{members - 1:N0} 个地区、产业链和资金来源共需 {snapshots:N0} 个每日快照，超过上限 {DailySnapshots:N0}",
            $"dates from {first:yyyy-MM-dd} (this row) to {last:yyyy-MM-dd} with {members - 1:N0} regions, chains and fund sources need {snapshots:N0} daily snapshots, more than the limit of {DailySnapshots:N0}",
            $"{first:yyyy-MM-dd}", "更短的日期跨度或更少的地区、产业链和资金来源", "a shorter span of dates or fewer regions, chains and fund sources"));
    }

    private static object Scalar(DuckDBConnection connection, string sql) => Row(connection, sql)[0];

    /// <summary>The first row of a query (SQL NULL as <see cref="DBNull"/>).</summary>
    private static object[] Row(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        if (reader.Read()) reader.GetValues(values);
        return values;
    }
}
