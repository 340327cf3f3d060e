using System.Security.Cryptography;
using Analytics.Audit;

namespace Analytics.Web.Accounts;

/// <summary>
/// Changes to the accounts of <c>DATA/users.json</c>, as <c>analytics user</c> and the admin page make them: checked
/// (a role, a submitter's regions, a password of 8 characters or more) and recorded in the audit log. Every change
/// changes the account's security stamp, so its open sessions end.
/// </summary>
public sealed class AccountAdministration(string dataDirectory, string actor, string? client = null)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 8;

    private readonly AuditLog audit = new(dataDirectory);

    /// <summary>Adds an account, or replaces the one of that name (a new password, role and regions).</summary>
    public UserAccount Add(string name, string password, string role, IReadOnlyList<string> regions)
    {
        name = name.Trim();
        if (name.Length == 0 || name.Any(char.IsControl) || name.Length > 64)
            throw new AccountException("用户名不能为空、不能含控制字符、不超过 64 个字符", "the name must be 1 to 64 characters without control characters");
        CheckPassword(password);
        var normalized = AccountRoles.Normalize(role);
        if (!AccountRoles.All.Contains(normalized))
            throw new AccountException($"未知角色「{role}」，应为 admin、submitter 或 viewer", $"unknown role \"{role}\"; expected admin, submitter or viewer");
        var cleaned = regions.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (normalized == AccountRoles.Submitter && cleaned.Count == 0)
            throw new AccountException("地区填报员至少要指定一个地区（--region 鸠江区）", "a submitter needs at least one region (--region 鸠江区)");
        if (normalized != AccountRoles.Submitter && cleaned.Count > 0)
            throw new AccountException("只有地区填报员（submitter）才绑定地区", "only a submitter is bound to regions");
        var existed = Find(name) is not null;
        var account = new UserAccount(name, PasswordHash.Create(password), normalized) { Regions = cleaned, Stamp = NewStamp() };
        UserStore.Save(dataDirectory, account);
        Record(existed ? AuditActions.AccountChanged : AuditActions.AccountAdded, name, $"{normalized}{(cleaned.Count > 0 ? " " + string.Join("、", cleaned) : "")}");
        return account;
    }

    /// <summary>Disables or enables an account; a disabled account cannot log in and its sessions end.</summary>
    public UserAccount SetDisabled(string name, bool disabled)
    {
        var account = Existing(name) with { Disabled = disabled, Stamp = NewStamp() };
        UserStore.Save(dataDirectory, account);
        Record(disabled ? AuditActions.AccountDisabled : AuditActions.AccountEnabled, name, null);
        return account;
    }

    /// <summary>Gives an account a new password; its sessions end.</summary>
    public UserAccount ResetPassword(string name, string password)
    {
        CheckPassword(password);
        var account = Existing(name) with { PasswordHash = PasswordHash.Create(password), Stamp = NewStamp() };
        UserStore.Save(dataDirectory, account);
        Record(AuditActions.AccountChanged, name, "password");
        return account;
    }

    /// <summary>Removes an account; false when there was none of that name.</summary>
    public bool Remove(string name)
    {
        if (!UserStore.Remove(dataDirectory, name)) return false;
        Record(AuditActions.AccountRemoved, name, null);
        return true;
    }

    private UserAccount? Find(string name) => UserStore.Read(UserStore.FilePath(dataDirectory)).FirstOrDefault(u => u.Name == name);

    private UserAccount Existing(string name) =>
        Find(name) ?? throw new AccountException($"没有账号「{name}」", $"no account \"{name}\"");

    private static void CheckPassword(string password)
    {
        if (password.Length < MinimumPasswordLength)
            throw new AccountException($"密码至少 {MinimumPasswordLength} 个字符", $"the password needs at least {MinimumPasswordLength} characters");
    }

    private static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private void Record(string action, string target, string? detail) =>
        audit.Append(new AuditEntry(DateTimeOffset.Now, actor, action, target, detail, client));
}
