using System.Text.Json;

namespace Analytics.Tests.Cli;

/// <summary><c>analytics kpis</c> on the demo data: the JSON contract with the worked example's values, and the table.</summary>
public sealed class KpisCommandTests
{
    private JsonElement kpis;

    [OneTimeSetUp]
    public void Run()
    {
        var (exit, output, error) = CliRun.Analytics("kpis", "--as-of", "2021-11-30", "--format", "json", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        kpis = JsonDocument.Parse(output).RootElement;
    }

    private static IReadOnlyDictionary<string, long> Bands(JsonElement stage) =>
        stage.GetProperty("atLeast").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());

    [Test]
    public void Json_names_the_date_the_period_and_the_data_version()
    {
        Assert.That(kpis.GetProperty("asOf").GetString(), Is.EqualTo("2021-11-30"));
        Assert.That(kpis.GetProperty("periodStart").GetString(), Is.EqualTo("2021-01-01"));
        Assert.That(kpis.GetProperty("dataVersion").GetString(), Is.EqualTo(DemoDataDirectory.VersionId));
    }

    [Test]
    public void Json_signed_has_643_projects_of_at_least_1_yi_against_410()
    {
        var signed = kpis.GetProperty("signed");
        Assert.That(signed.GetProperty("count").GetInt64(), Is.EqualTo(720));
        Assert.That(signed.GetProperty("investment").GetDecimal(), Is.EqualTo(4228.4285m));
        Assert.That(Bands(signed), Is.EqualTo(new Dictionary<string, long> { ["1"] = 643, ["10"] = 92, ["20"] = 30, ["50"] = 10, ["100"] = 3 }));
        var previous = signed.GetProperty("previous");
        Assert.That(previous.GetProperty("count").GetInt64(), Is.EqualTo(473));
        Assert.That(previous.GetProperty("investment").GetDecimal(), Is.EqualTo(2060.1303m));
        Assert.That(Bands(previous), Is.EqualTo(new Dictionary<string, long> { ["1"] = 410, ["10"] = 49, ["20"] = 14, ["50"] = 2, ["100"] = 0 }));
    }

    [Test]
    public void Json_started_has_586_projects_of_at_least_1_yi_against_428()
    {
        var started = kpis.GetProperty("started");
        Assert.That(Bands(started), Is.EqualTo(new Dictionary<string, long> { ["1"] = 586, ["10"] = 46, ["20"] = 20, ["50"] = 3, ["100"] = 1 }));
        Assert.That(Bands(started.GetProperty("previous"))["1"], Is.EqualTo(428));
        Assert.That(started.GetProperty("count").GetInt64(), Is.EqualTo(645));
        Assert.That(started.GetProperty("previous").GetProperty("count").GetInt64(), Is.EqualTo(471));
    }

    [Test]
    public void Json_producing_under_construction_and_funds()
    {
        var producing = kpis.GetProperty("producing");
        Assert.That((producing.GetProperty("count").GetInt64(), producing.GetProperty("investment").GetDecimal()), Is.EqualTo((146L, 814.8413m)));
        var building = kpis.GetProperty("underConstruction");
        Assert.That((building.GetProperty("atLeast1").GetInt64(), building.GetProperty("atLeast1OutsideProvince").GetInt64()), Is.EqualTo((1002L, 754L)));
        var funds = kpis.GetProperty("funds");
        Assert.That(funds.GetProperty("inPlace").GetDecimal(), Is.EqualTo(1447m));
        Assert.That(funds.GetProperty("previous").GetDecimal(), Is.EqualTo(1264.9m));
        Assert.That(Math.Round(funds.GetProperty("yoy").GetDouble(), 3), Is.EqualTo(0.144));
    }

    [Test]
    public void Json_rates_are_fractions_53_3_and_37_3_percent()
    {
        Assert.That(Math.Round(kpis.GetProperty("startRate").GetDouble() * 100, 1), Is.EqualTo(53.3));
        Assert.That(Math.Round(kpis.GetProperty("statsRate").GetDouble() * 100, 1), Is.EqualTo(37.3));
    }

    [Test]
    public void Json_targets_carry_actual_completion_schedule_and_light()
    {
        var targets = kpis.GetProperty("targets").EnumerateArray().ToList();
        Assert.That(targets, Has.Count.EqualTo(32));
        var city = targets.Single(t => t.GetProperty("region").GetString() == "全市" && t.GetProperty("indicator").GetString() == "新签约亿元以上项目数");
        Assert.That(city.GetProperty("target").GetDecimal(), Is.EqualTo(726m));
        Assert.That(city.GetProperty("actual").GetDecimal(), Is.EqualTo(643m));
        Assert.That(city.GetProperty("completion").GetDouble(), Is.EqualTo(643.0 / 726).Within(1e-12));
        // 2021-11-30 is day 334 of 365.
        Assert.That(city.GetProperty("schedule").GetDouble(), Is.EqualTo(334.0 / 365).Within(1e-12));
        Assert.That(city.GetProperty("light").GetString(), Is.EqualTo("yellow"));
        Assert.That(targets.Select(t => t.GetProperty("light").GetString()).Distinct().Order(), Is.EqualTo(new[] { "green", "red", "yellow" }));
    }

    [Test]
    public void Json_for_a_region_reads_that_region_only()
    {
        var (exit, output, error) = CliRun.Analytics("kpis", "--as-of", "2021-11-30", "--region", "经开区", "--format", "json", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        var region = JsonDocument.Parse(output).RootElement;
        Assert.That(Bands(region.GetProperty("signed"))["1"], Is.EqualTo(137));
        Assert.That(region.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("region").GetString()).Distinct(), Is.EqualTo(new[] { "经开区" }));
    }

    [Test]
    public void Table_prints_the_headline_figures()
    {
        var (exit, output, error) = CliRun.Analytics("kpis", "--as-of", "2021-11-30", "--format", "table", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("2021-01-01 至 2021-11-30"));
        Assert.That(output, Does.Match(@"1亿元以上\s+643\s+410\s+233"));
        Assert.That(output, Does.Match(@"实际到位资金\(亿元\)\s+1,447\.0\s+1,264\.9\s+182\.1\s+14\.4%"));
        Assert.That(output, Does.Contain("开工率 53.3%").And.Contain("入统率 37.3%"));
    }

    [Test]
    public void Without_a_date_or_a_format_a_pipe_gets_the_json_of_the_last_date_of_the_data()
    {
        var (exit, output, error) = CliRun.Analytics("kpis", "--data", DemoDataDirectory.Data);

        Assert.That(exit, Is.EqualTo(0), error);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.That(report.GetProperty("asOf").GetString(), Is.EqualTo("2021-11-30"));
        Assert.That(report.GetProperty("signed").GetProperty("atLeast").GetProperty("1").GetInt64(), Is.EqualTo(643));
    }
}
