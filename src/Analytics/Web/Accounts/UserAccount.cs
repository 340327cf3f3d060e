namespace Analytics.Web.Accounts;

/// <summary>A person who may read the internal pages. <see cref="Role"/> is <c>internal</c> (the only role so far).</summary>
public sealed record UserAccount(string Name, string PasswordHash, string Role = UserAccount.InternalRole)
{
    public const string InternalRole = "internal";
}
