namespace Analytics.Core.Tests.Models;

/// <summary>A temporary <c>sql/</c> folder written by a test: <c>staging/</c>, <c>marts/</c> and <c>tests/</c> files.</summary>
public sealed class SqlFolder : IDisposable
{
    public SqlFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "analytics-sql-tests", Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Writes <paramref name="relativePath"/> (e.g. <c>marts/totals.sql</c>); returns this folder for chaining.</summary>
    public SqlFolder With(string relativePath, string text)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
