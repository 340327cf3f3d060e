using System.CommandLine;
using Analytics.Web.Accounts;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics user add NAME [--role R] [--region 鸠江区,…]</c> (password from standard input, or asked for on a terminal),
/// <c>user list</c>, <c>user remove NAME</c>, <c>user disable|enable NAME</c>: the accounts, in <c>DATA/users.json</c>
/// (hashes only); the checks and the audit record are <see cref="AccountAdministration"/>'s.
/// </summary>
internal static class UserCommand
{
    public static Command Create() => new("user", "添加、列出、删除、停用或启用登录账号 / add, list, remove, disable or enable the accounts")
    {
        Add(),
        List(),
        Remove(),
        SetDisabled("disable", "停用账号，其会话立即结束 / disable an account; its sessions end at once", true),
        SetDisabled("enable", "重新启用账号 / enable an account again", false),
    };

    private static Command Add()
    {
        var name = Name();
        var data = CliOptions.Data();
        var role = new Option<string>("--role")
        {
            Description = "角色：admin 管理员、submitter 地区填报员、viewer 领导/查看（默认）/ role: admin, submitter or viewer (default)",
            DefaultValueFactory = _ => AccountRoles.Viewer,
        };
        // Checked by AccountAdministration (one message for the site and the command line); offered to Tab completion here.
        role.CompletionSources.Add(AccountRoles.All.ToArray());
        var regions = new Option<string?>("--region")
        {
            Description = "填报员负责的地区，多个用逗号分隔，如 鸠江区,镜湖区 / the submitter's regions, comma-separated",
        };
        var command = new Command("add", "添加或更新账号；密码从标准输入读取（至少 8 个字符），在终端上会提示输入 / add or update an account; the password comes from standard input")
        {
            name, role, regions, data,
        };
        command.SetAction(parse =>
        {
            var directory = parse.DataDirectory(data);
            var account = Accounts(directory).Add(parse.GetValue(name)!, ReadPassword(), parse.GetValue(role)!,
                (parse.GetValue(regions) ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Console.WriteLine($"已保存账号 {account.Name}（{AccountRoles.Label(account.Role)}）/ account {account.Name} ({account.Role}) saved in {UserStore.FilePath(directory)}");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var data = CliOptions.Data();
        var command = new Command("list", "列出账号、角色与地区 / list the accounts, their roles and regions") { data };
        command.SetAction(parse =>
        {
            foreach (var user in UserStore.Read(UserStore.FilePath(parse.DataDirectory(data))))
                Console.WriteLine($"{user.Name}\t{user.EffectiveRole}\t{string.Join(",", user.Regions)}{(user.Disabled ? "\tdisabled" : "")}");
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = Name();
        var data = CliOptions.Data();
        var command = new Command("remove", "删除账号，其会话立即结束 / remove an account; its sessions end at once") { name, data };
        command.SetAction(parse =>
        {
            if (Accounts(parse.DataDirectory(data)).Remove(parse.GetValue(name)!)) return 0;
            Console.Error.WriteLine($"没有账号 {parse.GetValue(name)} / no account {parse.GetValue(name)}");
            return 1;
        });
        return command;
    }

    private static Command SetDisabled(string verb, string description, bool disabled)
    {
        var name = Name();
        var data = CliOptions.Data();
        var command = new Command(verb, description) { name, data };
        command.SetAction(parse =>
        {
            Accounts(parse.DataDirectory(data)).SetDisabled(parse.GetValue(name)!, disabled);
            return 0;
        });
        return command;
    }

    private static Argument<string> Name() => new("NAME") { Description = "账号名 / the account name" };

    /// <summary>Account changes made from the command line, audited as <c>cli:USER</c>; a refused change is a usage error.</summary>
    private static AccountAdministration Accounts(string data) => new(data, "cli:" + Environment.UserName);

    private static string ReadPassword()
    {
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write("密码 / password: ");
            var text = new System.Text.StringBuilder();
            while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
            {
                if (key.Key == ConsoleKey.Backspace && text.Length > 0) text.Length--;
                else if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
            }
            Console.Error.WriteLine();
            return text.ToString();
        }
        return Console.In.ReadLine() ?? "";
    }
}
