using Analytics.Web.Accounts;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics user add NAME</c> (password from standard input, or asked for on a terminal), <c>user list</c>,
/// <c>user remove NAME</c>: the accounts of the internal pages, in <c>DATA/users.json</c> (hashes only).
/// </summary>
internal static class UserCommand
{
    private const string Usage = "analytics user add NAME [--data DIR]  |  analytics user list  |  analytics user remove NAME";

    public static Task<int> RunAsync(string[] args)
    {
        var arguments = Arguments.Parse(args, ["data"], []);
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
                var password = ReadPassword();
                if (password.Length < 8) throw new UsageException("密码至少 8 个字符 / the password needs at least 8 characters");
                UserStore.Save(data, new UserAccount(name, PasswordHash.Create(password)));
                Console.WriteLine($"已保存账号 {name} / account {name} saved in {UserStore.FilePath(data)}");
                return Task.FromResult(0);
            case "list" when arguments.Positional.Count == 1:
                foreach (var user in UserStore.Read(UserStore.FilePath(data))) Console.WriteLine($"{user.Name}\t{user.Role}");
                return Task.FromResult(0);
            case "remove" when arguments.Positional.Count == 2:
                if (UserStore.Remove(data, arguments.Positional[1])) return Task.FromResult(0);
                Console.Error.WriteLine($"没有账号 {arguments.Positional[1]} / no account {arguments.Positional[1]}");
                return Task.FromResult(1);
            default:
                throw new UsageException("用法 / usage: " + Usage);
        }
    }

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
