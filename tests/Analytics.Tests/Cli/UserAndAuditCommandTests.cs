using System.Diagnostics;
using System.Text;
using Analytics.Audit;
using Analytics.Core.Tests.Digests;
using Analytics.Web.Accounts;

namespace Analytics.Tests.Cli;

/// <summary><c>analytics user add NAME --role submitter --region 鸠江区</c>, <c>user disable</c>, and <c>analytics audit</c>, run as the built executable.</summary>
public sealed class UserAndAuditCommandTests
{
    private TempDirectory temp = null!;
    private string data = null!;

    [SetUp]
    public void Create()
    {
        temp = new TempDirectory("users-");
        data = Path.Combine(temp.Path, "data");
    }

    [TearDown]
    public void Delete() => temp.Dispose();

    private static (int ExitCode, string Out, string Error) Run(string input, params string[] args)
    {
        var start = CliRun.StartInfo(args);
        start.RedirectStandardInput = true;
        start.StandardInputEncoding = new UTF8Encoding(false);
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(1)), Is.True, "finished");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Test]
    public void User_add_with_a_role_and_regions_writes_the_account_and_audits_it()
    {
        var add = Run("submitter-pass-1", "user", "add", "jiujiang", "--role", "submitter", "--region", "鸠江区,江北新区", "--data", data);

        Assert.That(add.ExitCode, Is.EqualTo(0), add.Error);
        Assert.That(add.Out, Does.StartWith("已保存账号 jiujiang（地区填报员）"));
        var account = UserStore.Read(UserStore.FilePath(data)).Single();
        Assert.That((account.Name, account.Role, account.Regions, account.Disabled), Is.EqualTo(("jiujiang", "submitter", new[] { "鸠江区", "江北新区" }, false)));
        Assert.That(PasswordHash.Verify("submitter-pass-1", account.PasswordHash), Is.True);
        var list = Run("", "user", "list", "--data", data);
        Assert.That(list.Out, Is.EqualTo("jiujiang\tsubmitter\t鸠江区,江北新区\n"));

        Assert.That(Run("", "user", "disable", "jiujiang", "--data", data).ExitCode, Is.EqualTo(0));
        Assert.That(UserStore.Read(UserStore.FilePath(data)).Single().Disabled, Is.True);

        var audit = Run("", "audit", "--user", "cli:" + Environment.UserName, "--data", data);
        var lines = audit.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[2..]).ToList();
        Assert.That(lines, Is.EqualTo(new[] { new[] { "account-added", "jiujiang", "submitter 鸠江区、江北新区" }, ["account-disabled", "jiujiang"] }));
    }

    [TestCase("--role", "submitter", "地区填报员至少要指定一个地区")]
    [TestCase("--role", "owner", "未知角色「owner」")]
    [TestCase("--region", "鸠江区", "只有地区填报员（submitter）才绑定地区")]
    public void User_add_refuses_an_account_that_makes_no_sense(string option, string value, string message)
    {
        var add = Run("long-enough-1", "user", "add", "someone", option, value, "--data", data);

        Assert.That(add.ExitCode, Is.EqualTo(2));
        Assert.That(add.Error, Does.Contain(message));
        Assert.That(File.Exists(UserStore.FilePath(data)), Is.False);
    }

    [Test]
    public void Audit_filters_by_user_and_date()
    {
        var log = new AuditLog(data);
        log.Append(new AuditEntry(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)), "zhang", AuditActions.Login, Client: "10.0.0.7"));
        log.Append(new AuditEntry(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)), "zhang", AuditActions.Upload, "项目台账.xlsx", "v0003-abc"));
        log.Append(new AuditEntry(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)), "li", AuditActions.LoginFailed));

        var zhang = Run("", "audit", "--user", "zhang", "--from", "2026-03-02", "--data", data);

        Assert.That(zhang.ExitCode, Is.EqualTo(0), zhang.Error);
        Assert.That(zhang.Out.TrimEnd('\n').Split('\n').Select(l => string.Join('|', l.Split('\t')[1..])), Is.EqualTo(new[] { "zhang|upload|项目台账.xlsx|v0003-abc" }));
        Assert.That(Run("", "audit", "--data", data).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
    }
}
