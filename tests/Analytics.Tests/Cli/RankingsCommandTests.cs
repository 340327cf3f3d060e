using System.Text.Json;

namespace Analytics.Tests.Cli;

/// <summary><c>analytics rankings</c> on the demo data as of 2021-11-30: JSON, CSV and table.</summary>
public sealed class RankingsCommandTests
{
    private static (int, string, string) Rankings(string format, string by = "region", string metric = "signed_count") =>
        CliRun.Analytics("rankings", "--as-of", "2021-11-30", "--by", by, "--metric", metric, "--format", format, "--data", DemoDataDirectory.Data);

    [Test]
    public void Json_is_an_array_of_rank_member_value_and_last_years_value_and_rank()
    {
        var (exit, output, error) = Rankings("json");
        Assert.That(exit, Is.EqualTo(0), error);
        var rows = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("rank").GetInt64(), r.GetProperty("member").GetString(), r.GetProperty("value").GetDouble(),
                r.GetProperty("previousValue").GetDouble(), r.GetProperty("previousRank").GetInt64()))
            .ToList();
        // Signed ≥ 1 亿元 by region; 经开区 and 高新区 tied at 78 last year, both 1st.
        Assert.That(rows, Is.EqualTo(new[]
        {
            (1L, "经开区", 137.0, 78.0, 1L), (2L, "鸠江区", 113.0, 62.0, 3L), (3L, "高新区", 109.0, 78.0, 1L), (4L, "东湖区", 101.0, 50.0, 5L),
            (5L, "江北新区", 75.0, 55.0, 4L), (6L, "临江县", 60.0, 42.0, 7L), (7L, "青山县", 48.0, 45.0, 6L),
        }));
    }

    [Test]
    public void Csv_has_a_header_and_one_line_per_member()
    {
        var (exit, output, error) = Rankings("csv");
        Assert.That(exit, Is.EqualTo(0), error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.That(lines[0], Is.EqualTo("rank,member,value,previousValue,previousRank,rankChange"));
        Assert.That(lines.Skip(1).ToList(), Has.Count.EqualTo(7));
        Assert.That(lines[1], Is.EqualTo("1,经开区,137,78,1,0"));
        Assert.That(lines[7], Is.EqualTo("7,青山县,48,45,6,-1"));
    }

    [Test]
    public void Table_lists_every_member()
    {
        var (exit, output, error) = Rankings("table", "fund_source", "funds_in_place");
        Assert.That(exit, Is.EqualTo(0), error);
        var lines = output.TrimEnd().Split('\n');
        Assert.That(lines[0], Does.Contain("名次").And.Contain("上年名次"));
        Assert.That(lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]), Is.EqualTo(new[] { "1", "2", "3", "4", "5" }));
    }

    [Test]
    public void Without_a_date_or_a_format_a_pipe_gets_the_json_of_the_last_date_of_the_data()
    {
        var (exit, output, error) = CliRun.Analytics("rankings", "--by", "region", "--metric", "signed_count", "--data", DemoDataDirectory.Data);

        Assert.That(exit, Is.EqualTo(0), error);
        var first = JsonDocument.Parse(output).RootElement[0];
        Assert.That((first.GetProperty("member").GetString(), first.GetProperty("value").GetDouble()), Is.EqualTo(("经开区", 137.0)));
    }
}
