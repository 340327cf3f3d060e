using Microsoft.AspNetCore.DataProtection;

namespace Analytics.Web.Accounts;

/// <summary>
/// The keys that sign and encrypt login cookies and form tokens, kept in <c>DATA/state/keys</c> (readable by the
/// service's user only): a restart keeps the sessions that have not ended, and the nodes of a cluster, which share the
/// data directory, accept each other's cookies. Anyone who can read the folder can forge a cookie: protect it as the
/// data itself.
/// </summary>
public static class SiteDataProtection
{
    /// <summary>The application name every node shares (the key ring is isolated by it).</summary>
    public const string ApplicationName = "analytics";

    public static string KeysDirectory(string dataDirectory) => Path.Combine(dataDirectory, "state", "keys");

    public static IServiceCollection AddSiteDataProtection(this IServiceCollection services, string dataDirectory)
    {
        var keys = Directory.CreateDirectory(KeysDirectory(dataDirectory));
        // Set at every start, not only at creation: a copied or restored data directory gets the default mode.
        if (!OperatingSystem.IsWindows()) keys.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(keys);
        return services;
    }
}
