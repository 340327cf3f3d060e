using System.Text.Json;

namespace Analytics.Tests.Cli;

/// <summary><c>analytics query MODEL</c>: any model as JSON, CSV or a table.</summary>
public sealed class QueryCommandTests
{
    [Test]
    public void Json_reads_a_macro_at_the_as_of_date()
    {
        var (exit, output, error) = CliRun.Analytics("query", "funnel", "--as-of", "2021-11-30", "--format", "json", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        var city = JsonDocument.Parse(output).RootElement.EnumerateArray().Single(r => r.GetProperty("dimension").GetString() == "all");
        Assert.That(city.GetProperty("member").GetString(), Is.EqualTo("全市"));
        // The funnel counts the 643 signings of ≥ 1 亿元, the population of the start and stats rates.
        Assert.That(city.GetProperty("signed").GetInt64(), Is.EqualTo(643));
    }

    [Test]
    public void Csv_reads_a_table_without_a_date()
    {
        var (exit, output, error) = CliRun.Analytics("query", "stg_targets", "--format", "csv", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        var lines = output.TrimEnd().Split('\n');
        Assert.That(lines[0].TrimEnd('\r'), Is.EqualTo("year,region,indicator,target"));
        Assert.That(lines, Has.Some.Contains("2021,全市,新签约亿元以上项目数,726"));
    }

    [Test]
    public void Table_prints_the_monthly_series()
    {
        var (exit, output, error) = CliRun.Analytics("query", "monthly", "--as-of", "2021-11-30", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("signed_ge1_cumulative"));
        // 2020 and 2021, January to November.
        Assert.That(output, Does.Contain("(22 行)"));
    }
}
