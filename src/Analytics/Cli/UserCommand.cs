using System.CommandLine;
using Analytics.Web.Accounts;

namespace Analytics.Cli;

/// <summary>
/// <c>analytics user add NAME</c> (password from standard input, or asked for on a terminal), <c>user list</c>,
/// <c>user remove NAME</c>: the accounts of the internal pages, in <c>DATA/users.json</c> (hashes only).
/// </summary>
internal static class UserCommand
{
    public static Command Create() => new("user", "添加、列出或删除内部页面的登录账号 / add, list or remove the accounts of the internal pages")
    {
        Add(),
        List(),
        Remove(),
    };

    private static Command Add()
    {
        var name = new Argument<string>("NAME") { Description = "账号名 / the account name" };
        var data = CliOptions.Data();
        var command = new Command("add", "添加或更新账号；密码从标准输入读取（至少 8 个字符），在终端上会提示输入 / add or update an account; the password comes from standard input") { name, data };
        command.SetAction(parse =>
        {
            var password = ReadPassword();
            if (password.Length < 8) throw new UsageException("密码至少 8 个字符 / the password needs at least 8 characters");
            var directory = parse.DataDirectory(data);
            UserStore.Save(directory, new UserAccount(parse.GetValue(name)!, PasswordHash.Create(password)));
            Console.WriteLine($"已保存账号 {parse.GetValue(name)} / account {parse.GetValue(name)} saved in {UserStore.FilePath(directory)}");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var data = CliOptions.Data();
        var command = new Command("list", "列出账号与角色 / list the accounts and their roles") { data };
        command.SetAction(parse =>
        {
            foreach (var user in UserStore.Read(UserStore.FilePath(parse.DataDirectory(data)))) Console.WriteLine($"{user.Name}\t{user.Role}");
            return 0;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("NAME") { Description = "账号名 / the account name" };
        var data = CliOptions.Data();
        var command = new Command("remove", "删除账号 / remove an account") { name, data };
        command.SetAction(parse =>
        {
            if (UserStore.Remove(parse.DataDirectory(data), parse.GetValue(name)!)) return 0;
            Console.Error.WriteLine($"没有账号 {parse.GetValue(name)} / no account {parse.GetValue(name)}");
            return 1;
        });
        return command;
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
