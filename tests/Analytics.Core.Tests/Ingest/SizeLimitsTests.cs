using System.Text;
using Analytics.Core.Ingest.Ledgers;
using Analytics.Core.Ingest.Store;

namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// The limits that keep the models' daily snapshots bounded (issue 13: 10,000 regions of 3 projects each took 20 GB):
/// past them an import is refused at the row that went past, before any model runs.
/// </summary>
public sealed class SizeLimitsTests
{
    private TempStore temp = null!;

    [SetUp]
    public void CreateStore() => temp = new TempStore("limits-");

    [TearDown]
    public void DeleteStore() => temp.Dispose();

    private string Ledger(int projects, Func<int, string> region, Func<int, string> signed)
    {
        var text = new StringBuilder("项目编号,项目名称,所属地区,产业链,资金来源,协议总投资(亿元),签约日期\n");
        for (var i = 1; i <= projects; i++) text.Append($"P{i:D5},项目{i},{region(i)},新材料,本地资金,1.5,{signed(i)}\n");
        var path = Path.Combine(temp.Files, "项目台账.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    [Test]
    public void A_thousand_regions_load()
    {
        var result = temp.Import(Ledger(2000, i => $"地区{(i + 1) / 2:D4}", _ => "2025-03-05"));

        Assert.That(result.Succeeded, Is.True, () => string.Join("\n", result.Problems.Listed.Select(p => p.LineZh)));
    }

    [Test]
    public void The_region_past_the_thousandth_is_refused_at_its_first_row()
    {
        // Two rows a region: the 1,001st region first appears on the 2,001st data row, the file's row 2,002.
        var result = temp.Import(Ledger(2004, i => $"地区{(i + 1) / 2:D4}", _ => "2025-03-05"));

        Assert.That(result.Succeeded, Is.False);
        var problem = result.Problems.Listed.Single();
        Assert.That(problem.LineZh, Is.EqualTo(
            "错误：项目台账.csv › 项目台账 › 第2002行 › 所属地区：所属地区共有 1,002 个不同的值，超过上限 1,000（从此行起超出），发现「地区1001」，应为不超过 1,000 个（一个地区的招商台账通常只有几十个）"));
        Assert.That(temp.Store.CurrentId, Is.Null, "nothing was published");
    }

    [Test]
    public void Dates_a_century_apart_are_refused_at_the_earliest()
    {
        // 30 regions, 1 chain, 1 fund source and 全市 over 1949–2100: 33 × 55,517 days = 1,832,061 snapshots, under the
        // limit; a 31st to 60th region doubles it, past the limit.
        var result = temp.Import(Ledger(60, i => $"地区{i:D2}", i => i == 7 ? "1950-02-01" : i == 9 ? "2100-06-30" : "2025-03-05"));

        Assert.That(result.Succeeded, Is.False);
        // The signing in 2100 is also after the day of the import: a warning beside the error.
        Assert.That(result.Problems.Listed.Where(p => p.Severity == ProblemSeverity.Warning).Select(p => p.WhereZh), Is.EqualTo(new[] { "项目台账.csv › 项目台账 › 第10行 › 签约日期" }));
        var problem = result.Problems.Listed.Single(p => p.Severity == ProblemSeverity.Error);
        Assert.That(problem.WhereZh, Is.EqualTo("项目台账.csv › 项目台账 › 第8行 › 签约日期"));
        Assert.That(problem.WhatZh, Does.Contain("日期从 1950-02-01（此行）到 2100-06-30，62 个地区、产业链和资金来源共需 3,497,571 个每日快照，超过上限 2,000,000"));
        Assert.That(SizeLimits.DailySnapshots, Is.EqualTo(2_000_000));
    }
}
