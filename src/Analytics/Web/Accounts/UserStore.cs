using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Accounts;

/// <summary>
/// The accounts: the configuration section <c>Users</c> (a list of <c>{ "Name", "PasswordHash", "Role" }</c>) and
/// <c>DATA/users.json</c>, which <c>analytics user add</c> writes (read again whenever it changes).
/// </summary>
public sealed class UserStore(IConfiguration configuration, IOptions<SiteOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNameCaseInsensitive = true };

    private readonly string file = FilePath(options.Value.Data);
    private (DateTime Stamp, long Length, IReadOnlyList<UserAccount> Users) fromFile = (DateTime.MinValue, -1, []);
    // The configured accounts, bound once: every request with a login cookie looks its account up.
    private readonly Lazy<IReadOnlyList<UserAccount>> configured = new(() => configuration.GetSection("Users").Get<List<UserAccount>>() ?? []);

    public static string FilePath(string dataDirectory) => Path.Combine(dataDirectory, "users.json");

    public IReadOnlyList<UserAccount> All()
    {
        var fixedOnes = configured.Value;
        return [.. fixedOnes, .. FileUsers().Where(u => fixedOnes.All(c => c.Name != u.Name))];
    }

    /// <summary>The account named <paramref name="name"/> (configuration first, then <c>users.json</c>), or null.</summary>
    public UserAccount? Find(string name) =>
        configured.Value.FirstOrDefault(u => u.Name == name) ?? FileUsers().FirstOrDefault(u => u.Name == name);

    /// <summary>The account when the name and password match, else null (same work either way, so timing does not tell names).</summary>
    public UserAccount? Verify(string name, string password)
    {
        var account = All().FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        var matches = PasswordHash.Verify(password, account?.PasswordHash ?? DummyHash);
        return account is not null && matches ? account : null;
    }

    /// <summary>Adds or replaces an account in <c>DATA/users.json</c>.</summary>
    public static void Save(string dataDirectory, UserAccount account)
    {
        var path = FilePath(dataDirectory);
        var users = Read(path).Where(u => u.Name != account.Name).Append(account).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(dataDirectory);
        Write(path, users);
    }

    private static void Write(string path, IReadOnlyList<UserAccount> users)
    {
        // Not *.tmp: an import clears the data directory's *.tmp files as debris, maybe between this write and the move.
        var temporary = path + "." + Environment.ProcessId + ".new";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new UsersFile(users), Json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes an account from <c>DATA/users.json</c>; false when it was not there.</summary>
    public static bool Remove(string dataDirectory, string name)
    {
        var path = FilePath(dataDirectory);
        var users = Read(path);
        if (users.All(u => u.Name != name)) return false;
        Write(path, users.Where(u => u.Name != name).ToList());
        return true;
    }

    public static IReadOnlyList<UserAccount> Read(string path)
    {
        if (!File.Exists(path)) return [];
        try
        {
            return JsonSerializer.Deserialize<UsersFile>(File.ReadAllText(path), Json)?.Users ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path} 格式错误 / is not valid: {e.Message}", e);
        }
    }

    private IReadOnlyList<UserAccount> FileUsers()
    {
        var info = new FileInfo(file);
        var stamp = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        var length = info.Exists ? info.Length : -1;
        var cached = fromFile;
        if (cached.Stamp == stamp && cached.Length == length) return cached.Users;
        var users = Read(file);
        fromFile = (stamp, length, users);
        return users;
    }

    // Verifying against a real hash when the name is unknown keeps the response time the same.
    private static readonly string DummyHash = PasswordHash.Create(Guid.NewGuid().ToString());

    private sealed record UsersFile(IReadOnlyList<UserAccount> Users);
}
