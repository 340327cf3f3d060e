using Analytics.Tests.Shared;

namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// Every bad input of the corpus is imported on top of a good base version: it must be refused with
/// its exact problem lines, and the data served (pointer, manifest, every table) must not change.
/// </summary>
public sealed class ImportCorpusTests
{
    private TempStore template = null!;
    private string baseId = "";

    /// <summary>The good base version, imported once; each case starts from a copy of it.</summary>
    [OneTimeSetUp]
    public void ImportBase()
    {
        template = new TempStore("corpus-base-");
        baseId = template.ImportOk(LedgerCorpus.WriteBase(template.Files)).Version!.Id;
    }

    [OneTimeTearDown]
    public void DeleteBase() => template.Dispose();

    public static IEnumerable<CorpusCase> Cases() => BadFileCases.All().Concat(BadRowCases.All());

    [Test]
    public void The_corpus_holds_at_least_40_bad_inputs() =>
        Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(40));

    [TestCaseSource(nameof(Cases))]
    public void Bad_input_is_refused_with_its_exact_problems_and_the_current_version_unchanged(CorpusCase bad)
    {
        using var temp = TempStore.CopyOf(template, "corpus-");
        var before = StoreDigest.Take(temp.Store);

        var files = bad.Write(Path.Combine(temp.Root, "bad"));
        var result = bad.Kind is { } kind ? temp.Import(kind, files) : temp.Import(files);

        Assert.That(result.Succeeded, Is.False, "the import must fail");
        var lines = result.Problems.Listed.SelectMany(p => new[] { p.LineZh, p.LineEn }).Take(bad.Lines.Length).ToArray();
        Assert.That(lines, Is.EqualTo(bad.Lines), string.Join("\n", result.Problems.Listed.Select(p => p.LineZh + "\n" + p.LineEn)));
        Assert.That(result.Version?.Id, Is.EqualTo(baseId), "the result names the unchanged current version");
        Assert.That(StoreDigest.Take(temp.Store), Is.EqualTo(before));
        Assert.That(temp.BuildDebris(), Is.Empty);
        var recorded = temp.Store.History()[^1];
        Assert.That((recorded.Succeeded, recorded.Errors, recorded.Messages[0]), Is.EqualTo((false, result.Problems.ErrorCount, result.Problems.Listed[0].LineZh)));
    }
}
