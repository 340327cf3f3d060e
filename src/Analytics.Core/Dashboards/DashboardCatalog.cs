using Analytics.Core.Dashboards.Parsing;

namespace Analytics.Core.Dashboards;

/// <summary>The pages of a <c>dashboards/</c> folder: every <c>NAME.md</c> but <c>README.md</c> and files starting with <c>_</c>.</summary>
public sealed class DashboardCatalog
{
    private DashboardCatalog(IReadOnlyList<Dashboard> dashboards, IReadOnlyDictionary<string, string> problems)
    {
        Dashboards = dashboards;
        Problems = problems;
    }

    /// <summary>The pages in name order.</summary>
    public IReadOnlyList<Dashboard> Dashboards { get; }

    /// <summary>Pages whose file could not be read (<see cref="LoadEach"/>): name → the error naming the file, line and key.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; }

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
    public static DashboardCatalog Load(string directory) =>
        new(Files(directory).Select(p => FrontMatterReader.Read(p, File.ReadAllText(p))).ToList(), new Dictionary<string, string>());

    /// <summary>
    /// Reads every page of <paramref name="directory"/> that can be read; a page with a bad front matter is left out and its
    /// error kept in <see cref="Problems"/> (the site shows it in place of the page, the other pages still work).
    /// </summary>
    public static DashboardCatalog LoadEach(string directory)
    {
        var pages = new List<Dashboard>();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Files(directory))
        {
            try
            {
                pages.Add(FrontMatterReader.Read(path, File.ReadAllText(path)));
            }
            catch (DashboardException e)
            {
                problems[Path.GetFileNameWithoutExtension(path)] = e.Message;
            }
        }
        return new DashboardCatalog(pages, problems);
    }

    private static IEnumerable<string> Files(string directory)
    {
        if (!Directory.Exists(directory)) throw new DashboardException($"目录不存在：{directory} / no such folder");
        return Directory.EnumerateFiles(directory, "*.md")
            .Where(p => !Path.GetFileName(p).Equals("README.md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(p).StartsWith('_'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads one page from its text (for tests and previews); <paramref name="path"/> names it in messages.</summary>
    public static Dashboard Parse(string path, string text) => FrontMatterReader.Read(path, text);
}
