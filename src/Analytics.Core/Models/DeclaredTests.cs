using System.Text.RegularExpressions;

namespace Analytics.Core.Models;

/// <summary>
/// The generic data tests a model header may declare, compiled to SQL returning failing rows:
/// <c>not_null(a, b)</c>, <c>unique(a, b)</c>, <c>accepted_values(col: v1, v2)</c>,
/// <c>relationships(col -&gt; model.col)</c>. Tests of a macro run at the as-of date in <c>$as_of</c>.
/// </summary>
internal static partial class DeclaredTests
{
    public static DataTest Compile(string model, string declaration, string path)
    {
        var match = Declaration().Match(declaration);
        if (!match.Success) throw new ModelException($"{path}: 无法识别的数据测试「{declaration}」/ cannot read the data test");
        var kind = match.Groups["kind"].Value;
        var args = match.Groups["args"].Value;
        var source = $"__model__";
        var sql = kind switch
        {
            "not_null" => $"select * from {source} where {string.Join(" or ", Columns(args).Select(c => $"{c} is null"))}",
            "unique" => $"select {args}, count(*) as occurrences from {source} group by all having count(*) > 1",
            "accepted_values" => AcceptedValues(args, source, path),
            "relationships" => Relationships(args, source, path),
            _ => throw new ModelException($"{path}: 未知的数据测试「{kind}」/ unknown data test, expected not_null, unique, accepted_values or relationships"),
        };
        return new DataTest(model, $"{kind}({args})", sql);
    }

    private static IEnumerable<string> Columns(string args) => args.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string AcceptedValues(string args, string source, string path)
    {
        var colon = args.IndexOf(':');
        if (colon < 0) throw new ModelException($"{path}: accepted_values(列: 值1, 值2) / expected accepted_values(column: v1, v2)");
        var column = args[..colon].Trim();
        var values = Columns(args[(colon + 1)..]).Select(v => "'" + v.Replace("'", "''") + "'");
        return $"select {column}, count(*) as occurrences from {source} where {column} is not null and {column} not in ({string.Join(", ", values)}) group by all";
    }

    private static string Relationships(string args, string source, string path)
    {
        var parts = args.Split("->", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[1].Contains('.')) throw new ModelException($"{path}: relationships(列 -> 模型.列) / expected relationships(column -> model.column)");
        var (table, column) = (parts[1][..parts[1].LastIndexOf('.')], parts[1][(parts[1].LastIndexOf('.') + 1)..]);
        return $"select s.{parts[0]} from {source} s where s.{parts[0]} is not null and not exists (select 1 from {table} t where t.{column} = s.{parts[0]})";
    }

    [GeneratedRegex(@"^(?<kind>[a-z_]+)\((?<args>.*)\)$")]
    private static partial Regex Declaration();
}
