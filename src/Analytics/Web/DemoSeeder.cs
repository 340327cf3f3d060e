using Analytics.Cli;
using Analytics.Core.Demo;
using Analytics.Web.Accounts;
using Microsoft.Extensions.Options;

namespace Analytics.Web;

/// <summary>
/// On start with no data yet: writes and imports the demo ledgers, and adds the demo account when there is no account
/// at all, so that a new user sees a full site at once. Runs before the server listens.
/// </summary>
public sealed class DemoSeeder(SiteData data, UserStore users, IOptions<SiteOptions> options, ILogger<DemoSeeder> log) : IHostedService
{
    public const string DemoUser = "demo";
    public const string DemoPassword = "jiangcheng2021";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoWhenEmpty || data.CurrentVersion() is not null) return Task.CompletedTask;
        log.LogWarning("尚无数据：正在生成并导入示例数据（虚构的江城市）… / no data yet: importing the demo ledgers");
        var result = Pipeline.ImportDemo(data.Store, new DemoOptions { Today = DateOnly.FromDateTime(DateTime.Today) }, Path.Combine(data.Store.Root, "demo-ledgers"));
        if (!result.Succeeded)
            throw new InvalidOperationException("示例数据导入失败 / the demo import failed: " + string.Join("; ", result.Problems.Listed.Take(3).Select(p => p.LineEn)));
        if (users.All().Count == 0)
        {
            UserStore.Save(options.Value.Data, new UserAccount(DemoUser, PasswordHash.Create(DemoPassword), AccountRoles.Admin));
            log.LogWarning("已创建示例账号 {User}，密码 {Password}（仅供试用，请用 analytics user add 建立正式账号） / demo account created", DemoUser, DemoPassword);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
