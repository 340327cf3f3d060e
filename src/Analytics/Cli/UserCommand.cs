using Analytics.Web.Accounts;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics user add NAME</c> (password from standard input, or asked for on a terminal), <c>user list</c>,
/// <c>user remove NAME</c>, <c>user disable|enable NAME</c>: the accounts, in <c>DATA/users.json</c> (hashes only); the
/// checks and the audit record are <see cref="AccountAdministration"/>'s.
/// </summary>
internal static class UserCommand
{
    private const string Usage = "analytics user add NAME [--role admin|submitter|viewer] [--region 鸠江区[,镜湖区]] [--data DIR]  |  analytics user list"
        + "  |  analytics user remove NAME  |  analytics user disable NAME  |  analytics user enable NAME";

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data", "role", "region"], []);
        if (arguments.Help || arguments.Positional.Count == 0)
        {
            Console.WriteLine("用法 / usage: " + Usage);
            Console.WriteLine("  add 从标准输入读取密码（至少 8 个字符）；在终端上会提示输入。/ add reads the password from standard input.");
            return Task.FromResult(arguments.Help ? 0 : 2);
        }
        var data = arguments.DataDirectory;
        switch (arguments.Positional[0])
        {
            case "add" when arguments.Positional.Count == 2:
                var name = arguments.Positional[1];
                var account = Accounts(data).Add(name, ReadPassword(), arguments.Get("role") ?? AccountRoles.Viewer,
                    (arguments.Get("region") ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries));
                Console.WriteLine($"已保存账号 {name}（{AccountRoles.Label(account.Role)}）/ account {name} ({account.Role}) saved in {UserStore.FilePath(data)}");
                return Task.FromResult(0);
            case "list" when arguments.Positional.Count == 1:
                foreach (var user in UserStore.Read(UserStore.FilePath(data)))
                    Console.WriteLine($"{user.Name}\t{user.EffectiveRole}\t{string.Join(",", user.Regions)}{(user.Disabled ? "\tdisabled" : "")}");
                return Task.FromResult(0);
            case "remove" when arguments.Positional.Count == 2:
                if (Accounts(data).Remove(arguments.Positional[1])) return Task.FromResult(0);
                Console.Error.WriteLine($"没有账号 {arguments.Positional[1]} / no account {arguments.Positional[1]}");
                return Task.FromResult(1);
            case "disable" or "enable" when arguments.Positional.Count == 2:
                Accounts(data).SetDisabled(arguments.Positional[1], arguments.Positional[0] == "disable");
                return Task.FromResult(0);
            default:
                throw new UsageException("用法 / usage: " + Usage);
        }
    }

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
