namespace Analytics.Tests.Cli;

/// <summary><c>analytics sql</c>: read-only SQL on the current data version, without access to other files.</summary>
public sealed class SqlCommandTests
{
    [Test]
    public void Select_reads_the_current_version()
    {
        var (exit, output, error) = CliRun.Analytics("sql", "select count(*) as n from raw.targets where region = '全市'", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("(1 行)"));
    }

    [Test]
    public void Copy_to_a_file_is_refused_and_writes_nothing()
    {
        var target = Path.Combine(Path.GetTempPath(), $"analytics-sql-{Guid.NewGuid():N}.csv");
        var (exit, _, error) = CliRun.Analytics("sql", $"copy (select * from raw.projects) to '{target}'", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(File.Exists(target), Is.False, "COPY … TO wrote a file");
        Assert.That(error, Does.Contain("disabled").Or.Contain("read-only").Or.Contain("Permission"));
    }

    [Test]
    public void Reading_another_file_is_refused()
    {
        var (exit, output, error) = CliRun.Analytics("sql", "select * from read_csv('/etc/passwd')", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(output, Does.Not.Contain("root:"));
        Assert.That(error, Does.Contain("disabled").Or.Contain("Permission"));
    }

    [Test]
    public void Writing_to_the_data_is_refused()
    {
        var (exit, _, error) = CliRun.Analytics("sql", "delete from raw.targets", "--data", DemoDataDirectory.Data);
        Assert.That(exit, Is.Not.EqualTo(0));
        Assert.That(error, Does.Contain("read-only").Or.Contain("read only"));
    }
}
