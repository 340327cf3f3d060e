using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace Analytics.Web.Accounts;

/// <summary>
/// Sessions ended before their time, in <c>DATA/state/sessions.revoked</c> so that every process and every node of a
/// cluster (they share the data directory) refuses them, also after a restart: a logged-out session (<c>session ID
/// UNTIL</c>) and "every session of NAME begun by T" (<c>account NAME T UNTIL</c>, T in Unix milliseconds). A line is dropped once no cookie
/// it could refuse can be valid any more (<c>UNTIL</c>, the end of the longest session), so the file stays small.
/// </summary>
public sealed class SessionRevocations(IOptions<SiteOptions> options, TimeProvider clock)
{
    private readonly string path = FilePath(options.Value.Data);
    private readonly Lock gate = new();
    private (DateTime Stamp, long Length, HashSet<string> Sessions, Dictionary<string, DateTimeOffset> Accounts) loaded =
        (DateTime.MinValue, -1, [], []);

    public static string FilePath(string dataDirectory) => Path.Combine(dataDirectory, "state", "sessions.revoked");

    /// <summary>True when the session was logged out, or its account's sessions begun before it were ended.</summary>
    public bool IsRevoked(string sessionId, string account, DateTimeOffset issued)
    {
        var current = Load();
        return current.Sessions.Contains(sessionId) || (current.Accounts.TryGetValue(account, out var before) && issued <= before);
    }

    /// <summary>Ends one session (a logout).</summary>
    public void RevokeSession(string sessionId) => Append($"session {sessionId} {Until()}");

    /// <summary>Ends every session of <paramref name="account"/> begun until now (log out everywhere).</summary>
    public void RevokeAccount(string account) =>
        Append($"account {Uri.EscapeDataString(account)} {clock.GetUtcNow().ToUnixTimeMilliseconds()} {Until()}");

    private long Until() => (clock.GetUtcNow() + options.Value.SessionMaxLifetime).ToUnixTimeSeconds();

    private void Append(string line)
    {
        lock (gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var now = clock.GetUtcNow().ToUnixTimeSeconds();
            var kept = File.Exists(path) ? File.ReadAllLines(path).Where(l => UntilOf(l) > now).ToList() : [];
            kept.Add(line);
            var temporary = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, string.Join('\n', kept) + "\n", new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
            loaded = (DateTime.MinValue, -1, [], []); // read again at the next check, whatever the file's time stamp says
        }
    }

    private (DateTime Stamp, long Length, HashSet<string> Sessions, Dictionary<string, DateTimeOffset> Accounts) Load()
    {
        var info = new FileInfo(path);
        var stamp = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        var length = info.Exists ? info.Length : -1;
        var current = loaded;
        if (current.Stamp == stamp && current.Length == length) return current;
        var sessions = new HashSet<string>(StringComparer.Ordinal);
        var accounts = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (info.Exists)
        {
            foreach (var fields in File.ReadAllLines(path).Select(l => l.Split(' ')))
            {
                if (fields is ["session", var id, _]) sessions.Add(id);
                else if (fields is ["account", var name, var before, _] && long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
                {
                    var at = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
                    var key = Uri.UnescapeDataString(name);
                    if (!accounts.TryGetValue(key, out var earlier) || earlier < at) accounts[key] = at;
                }
            }
        }
        loaded = current = (stamp, length, sessions, accounts);
        return current;
    }

    private static long UntilOf(string line) =>
        long.TryParse(line[(line.LastIndexOf(' ') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var until) ? until : 0;
}
