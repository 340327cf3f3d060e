namespace Analytics.Tests.Cli;

/// <summary><c>--help</c> on every verb: exit code 0, the verb's usage, each option with its description in Chinese and English.</summary>
public sealed class HelpTests
{
    [TestCase("serve", "--urls")]
    [TestCase("import", "--kind")]
    [TestCase("remove", "NAME")]
    [TestCase("status", "--data")]
    [TestCase("demo", "--scale")]
    [TestCase("kpis", "--as-of")]
    [TestCase("rankings", "--metric")]
    [TestCase("query", "MODEL")]
    [TestCase("sql", "SQL")]
    [TestCase("user", "add")]
    [TestCase("user add", "NAME")]
    [TestCase("digest", "--send")]
    public void Every_verb_has_help(string verb, string mentions)
    {
        var (exit, output, error) = CliRun.Analytics([.. verb.Split(' '), "--help"]);

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain($"analytics {verb}").And.Contain(mentions));
        Assert.That(output, Does.Match("[\u4e00-\u9fff][^\n]*\n +[A-Za-z]"), "descriptions in Chinese, then English on the next line");
    }

    [Test]
    public void Rankings_help_lists_the_allowed_values_of_by_metric_and_format()
    {
        var (_, output, _) = CliRun.Analytics("rankings", "--help");

        Assert.That(output, Does.Contain("region, industry_chain, fund_source"));
        Assert.That(output, Does.Contain("signed_count, signed_investment, started_count, funds_in_place, target_completion, funds_yoy"));
        Assert.That(output, Does.Contain("--format <table|json|csv>"));
    }

    [Test]
    public void The_verbs_are_listed_with_help_and_without_a_verb()
    {
        var help = CliRun.Analytics("--help");
        var none = CliRun.Analytics();

        Assert.That(help.ExitCode, Is.EqualTo(0));
        Assert.That(none.ExitCode, Is.EqualTo(2));
        foreach (var verb in new[] { "serve", "import", "remove", "status", "demo", "kpis", "rankings", "query", "sql", "user", "digest" })
            Assert.That(help.Output, Does.Contain($"  {verb}"), verb);
        Assert.That(none.Output, Is.EqualTo(help.Output));
    }

    [Test]
    public void Tab_completion_offers_the_values_of_an_option()
    {
        const string Line = "analytics rankings --by ";
        var (exit, output, _) = CliRun.Analytics($"[suggest:{Line.Length}]", Line);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Is.EqualTo(new[] { "fund_source", "industry_chain", "region" }));
    }
}
