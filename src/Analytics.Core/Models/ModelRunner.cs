using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Core.Models;

/// <summary>
/// Builds the models of a catalog into a data version in dependency order, then runs every data test;
/// a cycle, a missing or undeclared model, bad SQL or a failing test stops the build with a clear message.
/// </summary>
public static class ModelRunner
{
    /// <summary>Failing rows shown per failing test.</summary>
    public const int SampleRows = 5;

    /// <summary>The models in an order where each comes after what it reads.</summary>
    public static IReadOnlyList<ModelDefinition> Order(ModelCatalog catalog)
    {
        foreach (var model in catalog.Models)
        {
            foreach (var dependency in model.Depends.Where(d => catalog.Find(d) is null))
                throw new ModelException($"模型 {model.Name} 依赖的模型 {dependency} 不存在 / model {model.Name} reads {dependency}, which does not exist ({model.Path})");
            foreach (var other in catalog.Models.Where(o => o.Name != model.Name && !model.Depends.Contains(o.Name) && Mentions(model.Body, o.Name)))
                throw new ModelException($"模型 {model.Name} 读取了 {other.Name} 但未在 depends 中声明 / model {model.Name} reads {other.Name} without declaring it in depends ({model.Path})");
        }
        var ordered = new List<ModelDefinition>();
        var state = new Dictionary<string, int>();
        foreach (var model in catalog.Models) Visit(model, catalog, state, ordered, []);
        return ordered;
    }

    /// <summary>Builds every model and runs every data test; <paramref name="testAsOf"/> is the date macro tests run at.</summary>
    public static void Run(DuckDBConnection connection, ModelCatalog catalog, DateOnly testAsOf)
    {
        var ordered = Order(catalog);
        foreach (var model in ordered)
        {
            try
            {
                connection.Execute(model.CreateStatement);
            }
            catch (DuckDBException e) when (!Ingest.Store.DiskSpace.IsFull(e))
            {
                throw new ModelException($"模型 {model.Name} 构建失败 / model {model.Name} failed to build ({model.Path}): {e.Message}");
            }
        }
        foreach (var model in ordered)
            foreach (var test in model.Tests)
                RunTest(connection, test, Source(model), testAsOf);
        foreach (var assertion in catalog.Assertions)
            RunTest(connection, assertion, "", testAsOf);
    }

    private static string Source(ModelDefinition model) =>
        model.Materialization == Materialization.Table ? model.Name : $"{model.Name}($as_of)";

    private static void RunTest(DuckDBConnection connection, DataTest test, string source, DateOnly asOf)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select * from ({test.Sql.Replace("__model__", source)}) limit {SampleRows + 1}";
        if (command.CommandText.Contains("$as_of", StringComparison.Ordinal)) command.Parameters.Add(new DuckDBParameter("as_of", asOf));
        List<string> rows = [];
        try
        {
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(string.Join(", ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Show(reader.GetValue(i))}")));
        }
        catch (DuckDBException e)
        {
            throw new ModelException($"数据测试无法运行 / data test cannot run: {test.Model} › {test.Name}: {e.Message}");
        }
        if (rows.Count == 0) return;
        throw new ModelException(
            $"数据测试未通过：模型 {test.Model} › {test.Name}，问题行示例 / data test failed: model {test.Model} › {test.Name}; offending rows:\n  " +
            string.Join("\n  ", rows.Take(SampleRows)) + (rows.Count > SampleRows ? "\n  …" : ""));
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void Visit(ModelDefinition model, ModelCatalog catalog, Dictionary<string, int> state, List<ModelDefinition> ordered, List<string> path)
    {
        switch (state.GetValueOrDefault(model.Name))
        {
            case 2: return;
            case 1:
                var cycle = path.Skip(path.IndexOf(model.Name)).Append(model.Name);
                throw new ModelException($"模型之间存在循环依赖 / the models depend on each other in a cycle: {string.Join(" → ", cycle)}");
        }
        state[model.Name] = 1;
        path.Add(model.Name);
        foreach (var dependency in model.Depends) Visit(catalog.Find(dependency)!, catalog, state, ordered, path);
        path.RemoveAt(path.Count - 1);
        state[model.Name] = 2;
        ordered.Add(model);
    }

    /// <summary>Whether the SQL reads <paramref name="name"/> (a CTE of that name in the same SQL does not count).</summary>
    private static bool Mentions(string sql, string name)
    {
        var code = StripComments(sql);
        if (Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(name)}\s+as\s*\(")) return false;
        return Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(name)}(?!\w)");
    }

    private static string StripComments(string sql) => Regex.Replace(Regex.Replace(sql, @"--[^\n]*", ""), @"'[^']*'", "''");
}
