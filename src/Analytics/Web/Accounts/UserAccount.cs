using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Analytics.Web.Accounts;

/// <summary>
/// A person who may log in: a role (<see cref="AccountRoles"/>), for a region submitter the regions they submit for, and
/// whether the account is disabled. Any change to the account (password, role, regions, disabling, <see cref="Stamp"/>)
/// changes its <see cref="SecurityStamp"/>, which ends every session opened before.
/// </summary>
public sealed record UserAccount(string Name, string PasswordHash, string Role = AccountRoles.Viewer)
{
    /// <summary>The regions a submitter may submit for and see (the ledger's 所属地区 spelling); empty for other roles.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>A disabled account cannot log in, and its open sessions end.</summary>
    public bool Disabled { get; init; }

    /// <summary>A random value written anew to end every session of the account ("log out everywhere").</summary>
    public string? Stamp { get; init; }

    /// <summary>The role in its current spelling (<c>internal</c>, the role of earlier versions, is a viewer).</summary>
    [JsonIgnore]
    public string EffectiveRole => AccountRoles.Normalize(Role);

    /// <summary>What a session remembers of the account: a digest of everything that, changed, must end its sessions.</summary>
    [JsonIgnore]
    public string SecurityStamp
    {
        get
        {
            var text = string.Join('\n', Name, PasswordHash, EffectiveRole, string.Join('\t', Regions), Disabled ? "disabled" : "enabled", Stamp ?? "");
            return Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
        }
    }
}
