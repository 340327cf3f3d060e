using Analytics.Core.Dashboards.Parsing;

namespace Analytics.Core.Dashboards;

/// <summary>The pages of a <c>dashboards/</c> folder: every <c>NAME.md</c> but <c>README.md</c> and files starting with <c>_</c>.</summary>
public sealed class DashboardCatalog
{
    private DashboardCatalog(IReadOnlyList<Dashboard> dashboards) => Dashboards = dashboards;

    /// <summary>The pages in name order.</summary>
    public IReadOnlyList<Dashboard> Dashboards { get; }

    public Dashboard? Find(string name) => Dashboards.FirstOrDefault(d => d.Name == name);

    /// <summary>
    /// The product's own <c>dashboards/</c> folder: <c>ANALYTICS_HOME/dashboards</c>, else the nearest ancestor of the
    /// executable's folder, then of the current directory, that holds one.
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable("ANALYTICS_HOME") is { Length: > 0 } home && Directory.Exists(Path.Combine(home, "dashboards")))
                return Path.Combine(home, "dashboards");
            foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (Directory.Exists(Path.Combine(dir.FullName, "dashboards"))) return Path.Combine(dir.FullName, "dashboards");
            throw new DashboardException("找不到 dashboards/ 目录 / cannot find the dashboards/ folder (set ANALYTICS_HOME)");
        }
    }

    /// <summary>Reads every page of <paramref name="directory"/>; a bad front matter is a <see cref="DashboardException"/> naming the file and line.</summary>
    public static DashboardCatalog Load(string directory)
    {
        if (!Directory.Exists(directory)) throw new DashboardException($"目录不存在：{directory} / no such folder");
        var pages = Directory.EnumerateFiles(directory, "*.md")
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(p => FrontMatterReader.Read(p, File.ReadAllText(p)))
            .ToList();
        return new DashboardCatalog(pages);
    }

    /// <summary>Reads one page from its text (for tests and previews); <paramref name="path"/> names it in messages.</summary>
    public static Dashboard Parse(string path, string text) => FrontMatterReader.Read(path, text);
}
