namespace Analytics.Tests.Cli;

/// <summary>A bad argument is one line on stderr and a non-zero exit code, never a stack trace.</summary>
public sealed class BadArgumentTests
{
    [TestCase("kpis --as-of 2021-11-30 --region 不存在区", "不存在区")]
    [TestCase("rankings --as-of 2021-11-30 --by region --metric signed_total", "signed_total")]
    [TestCase("rankings --as-of 2021-11-30 --by county --metric signed_count", "county")]
    [TestCase("rankings --as-of 2021-11-30 --by fund_source --metric target_completion", "target_completion")]
    [TestCase("query no_such_model", "no_such_model")]
    [TestCase("query kpis", "--as-of")]
    [TestCase("kpis --as-of 2030-06-30", "2030-06-30")]
    [TestCase("kpis --as-of 2018-12-31", "2018-12-31")]
    [TestCase("kpis --as-of 2021-02-30", "2021-02-30")]
    [TestCase("kpis --as-of 30/11/2021", "30/11/2021")]
    [TestCase("kpis --as-of", "--as-of")]
    [TestCase("rankings --as-of 2021-11-30 --by region --metric", "--metric")]
    [TestCase("frobnicate", "frobnicate")]
    [TestCase("import", "FILE")]
    [TestCase("digest weekly-briefing", "--send")]
    [TestCase("rankings --as-of 2021-11-30 --metric signed_count", "--by")]
    [TestCase("kpis --as-of 2021-11-30 --format xml", "xml")]
    [TestCase("kpis --as-of 2021-11-30 --colour red", "--colour")]
    [TestCase("rankings --by region --metric signed_count --format xlsx", "xlsx")]
    [TestCase("demo --scale 0", "--scale")]
    [TestCase("demo --today 2021-13-01", "2021-13-01")]
    public void Bad_arguments_give_one_line_and_a_non_zero_exit(string command, string named)
    {
        // --data right after the verb, so that an option missing its value at the end stays missing.
        var words = command.Split(' ');
        var args = words.Take(1).Concat(["--data", DemoDataDirectory.Data]).Concat(words.Skip(1)).ToArray();

        var (exit, output, error) = CliRun.Analytics(args);

        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(output, Is.Empty);
        var lines = error.TrimEnd().Split('\n');
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(lines[0], Does.Contain(named));
        Assert.That(error, Does.Not.Contain("Exception").And.Not.Contain("   at "));
    }

    [TestCase("kpis --as-of 2021-11-30 --colour red", "未识别", "Unrecognized")]
    [TestCase("kpis --as-of 30/11/2021", "应为 YYYY-MM-DD", "expected YYYY-MM-DD")]
    [TestCase("rankings --by county --metric signed_count", "可用：region、industry_chain、fund_source", "not one of region, industry_chain, fund_source")]
    [TestCase("rankings --by region --metric signed_total", "funds_in_place、target_completion、funds_yoy", "funds_in_place, target_completion, funds_yoy")]
    [TestCase("query", "MODEL", "MODEL")]
    public void A_bad_command_line_is_exit_code_2_in_Chinese_and_English_with_the_verb_s_help(string command, string chinese, string english)
    {
        var words = command.Split(' ');
        var (exit, output, error) = CliRun.Analytics([.. words.Take(1), "--data", DemoDataDirectory.Data, .. words.Skip(1)]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.StartWith("命令行有误").And.Contain(chinese).And.Contain(english).And.Contain($"analytics {words[0]} --help"));
    }

    [Test]
    public void No_data_yet_is_one_line_too()
    {
        var empty = Path.Combine(Path.GetTempPath(), "analytics-cli-tests", "empty-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var (exit, _, error) = CliRun.Analytics("kpis", "--as-of", "2021-11-30", "--data", empty);
            Assert.That(exit, Is.Not.EqualTo(0));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(error, Does.Contain("analytics demo"));
        }
        finally
        {
            if (Directory.Exists(empty)) Directory.Delete(empty, recursive: true);
        }
    }
}
