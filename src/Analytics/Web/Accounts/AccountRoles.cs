namespace Analytics.Web.Accounts;

/// <summary>The roles of an account.</summary>
public static class AccountRoles
{
    /// <summary>管理员: everything — accounts, uploads of any region, the status and audit pages.</summary>
    public const string Admin = "admin";

    /// <summary>地区填报员: uploads ledgers of their own regions and sees those regions' internal pages and their own uploads.</summary>
    public const string Submitter = "submitter";

    /// <summary>领导/查看: every internal page, no uploads.</summary>
    public const string Viewer = "viewer";

    /// <summary>Readers who have not logged in: the public pages only.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>The roles an account may have.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Submitter, Viewer];

    /// <summary>The role in its current spelling: <c>internal</c> (earlier versions' only role) is <see cref="Viewer"/>.</summary>
    public static string Normalize(string? role) => role switch
    {
        null or "" or "internal" => Viewer,
        _ => role.ToLowerInvariant(),
    };

    /// <summary>The role's name for readers.</summary>
    public static string Label(string role) => Normalize(role) switch
    {
        Admin => "管理员",
        Submitter => "地区填报员",
        Viewer => "领导/查看",
        _ => role,
    };
}
