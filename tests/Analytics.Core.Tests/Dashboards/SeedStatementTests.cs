using System.Globalization;
using Analytics.Core.Dashboards;
using Analytics.Core.Dashboards.Figures;
using Analytics.Core.Dashboards.Narrative;
using DuckDB.NET.Data;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>
/// Walks the inventory of the seeds' statements on the demo data: a statement marked produced has a value in its
/// model; one marked written is said by its page (a sentence holding the marker and the model's number, as the page
/// writes numbers); the worked example's statements give the seed's own numbers; the README states the shares.
/// </summary>
public sealed class SeedStatementTests
{
    private static readonly IReadOnlyList<SeedStatement> Statements = SeedStatement.ReadAll();

    private static readonly Dictionary<(string Page, DateOnly AsOf), string[]> Sentences = [];

    private static IEnumerable<TestCaseData> Produced() =>
        Statements.Where(s => s.Produced).Select(s => new TestCaseData(s).SetArgDisplayNames($"line{s.Line}"));

    private static IEnumerable<TestCaseData> Written() =>
        Statements.Where(s => s.Written).Select(s => new TestCaseData(s).SetArgDisplayNames($"line{s.Line}"));

    [Test]
    public void Every_row_is_well_formed()
    {
        Assert.That(Statements, Has.Count.GreaterThanOrEqualTo(150));
        foreach (var s in Statements)
        {
            Assert.That(SeedStatement.Sources, Does.Contain(s.Source), s.ToString());
            Assert.That(SeedStatement.Kinds, Does.Contain(s.Kind), s.ToString());
            if (Directory.Exists(SeedDirectory)) Assert.That(Directory.GetFiles(SeedDirectory, $"{s.Seed}_*.txt"), Has.Length.EqualTo(1), s.ToString());
            if (s.Produced) Assert.That(SeedStatement.Formats, Does.Contain(s.Format), s.ToString());
            if (s.Written) Assert.That((s.Produced, s.Marker.Length > 0), Is.EqualTo((true, true)), $"{s}: a written statement needs its model and marker");
            if (!s.Produced) Assert.That(s.Note, Is.Not.Empty, $"{s}: say why it is not produced");
            if (s.Source == "outside") Assert.That(s.Produced, Is.False, $"{s}: a fact from outside the ledgers is not produced");
        }
    }

    [TestCaseSource(nameof(Produced))]
    public void A_statement_marked_produced_has_a_value_in_its_model(SeedStatement statement)
    {
        var value = Query(statement);

        Assert.That(value, Is.Not.Null, $"{statement}: {statement.Model} gave no value at {statement.AsOf:yyyy-MM-dd}");
        if (statement.Exact is { } exact) Assert.That(Format(statement, value!), Is.EqualTo(exact), $"{statement}: the worked example's number");
    }

    [TestCaseSource(nameof(Written))]
    public void A_statement_marked_written_is_said_by_its_page_with_the_model_s_number(SeedStatement statement)
    {
        var number = Format(statement, Query(statement)!);
        var sentences = PageSentences(statement.Page, statement.AsOf);

        var marked = sentences.Where(s => s.Contains(statement.Marker, StringComparison.Ordinal)).ToList();
        Assert.That(marked, Is.Not.Empty, $"{statement}: no sentence of {statement.Page} at {statement.AsOf:yyyy-MM-dd} holds「{statement.Marker}」");
        Assert.That(marked.Any(s => s.Contains(number, StringComparison.Ordinal)), Is.True,
            $"{statement}: no sentence with「{statement.Marker}」holds {number}:\n{string.Join("\n", marked)}");
    }

    [Test]
    public void The_readme_states_the_shares_of_the_inventory()
    {
        var all = Statements.Count;
        var producible = Statements.Count(s => s.Producible);
        var produced = Statements.Count(s => s.Produced);
        var written = Statements.Count(s => s.Written);
        string Share(int n) => $"{n} of {all} ({(100m * n / all).ToString("0.0", CultureInfo.InvariantCulture)} %)";
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        Assert.That(readme, Does.Contain($"producible from the ledgers (either edition): {Share(producible)}"));
        Assert.That(readme, Does.Contain($"produced by a model on the demo today: {Share(produced)}"));
        Assert.That(readme, Does.Contain($"written by a page: {Share(written)}"));
    }

    private static object? Query(SeedStatement statement)
    {
        var sql = statement.Model switch
        {
            var m when m.StartsWith("kpis:", StringComparison.Ordinal) => $"select {m[5..]} from kpis($as_of) where dimension = 'all'",
            var m when m.StartsWith("summary:", StringComparison.Ordinal) => Summary(m[8..]),
            var m when m.StartsWith("sql:", StringComparison.Ordinal) => m[4..],
            var m => throw new FormatException($"{statement}: unknown model「{m}」"),
        };
        using var command = DemoSetup.Version.Connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("as_of", statement.AsOf));
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>fact/member:column of summary_figures.</summary>
    private static string Summary(string spec)
    {
        var (path, column) = (spec[..spec.LastIndexOf(':')], spec[(spec.LastIndexOf(':') + 1)..]);
        var (fact, member) = (path[..path.IndexOf('/')], path[(path.IndexOf('/') + 1)..]);
        return $"select {column} from summary_figures($as_of) where fact = '{fact}' and member = '{member}'";
    }

    /// <summary>The number as the page writes it.</summary>
    private static string Format(SeedStatement statement, object value)
    {
        if (statement.Format == "text") return (string)value;
        var number = value is System.Numerics.BigInteger big ? (decimal)big : Convert.ToDecimal(value, CultureInfo.InvariantCulture); // sum() of integers is a HUGEINT
        return statement.Format switch
        {
            "count" => FigureFormat.Count(number),
            "yi" => FigureFormat.Amount(number),
            "yi2" => NarrativeRules.Yi(number),
            "pct" => FigureFormat.Percent(number),
            "pct2" => NarrativeRules.Percent((double)number, 2),
            "days" => Math.Round(number, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture),
            _ => throw new FormatException($"{statement}: unknown format「{statement.Format}」"),
        };
    }

    /// <summary>The page's text (internal viewer) at the date, cut into sentences at 。 ； and line ends.</summary>
    private static string[] PageSentences(string name, DateOnly asOf)
    {
        lock (Sentences)
        {
            if (!Sentences.TryGetValue((name, asOf), out var sentences))
            {
                var page = DemoSetup.Page(name);
                var rendered = DemoSetup.Renderer().Render(page, DemoSetup.Request(Audience.Internal, page.DefaultPeriod, null, PageFlavor.Web, asOf));
                Assert.That(rendered.Problems, Is.Empty);
                Sentences[(name, asOf)] = sentences = rendered.Text.Split(['。', '；', '\n'], StringSplitOptions.RemoveEmptyEntries);
            }
            return sentences;
        }
    }

    /// <summary>The seed texts, beside the repository where the project keeps them (absent elsewhere).</summary>
    private static string SeedDirectory => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "seeds"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analytics.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Analytics.sln not found above the test directory");
    }
}
