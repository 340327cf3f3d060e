namespace Analytics.Core.Tests.Ingest;

/// <summary>
/// LibreOffice Calc run headless (Debian's <c>libreoffice-calc-nogui</c>, installed by the test
/// profile of scripts/setup.sh) to save workbooks in formats no library of ours writes, such as .xls.
/// </summary>
internal static class LibreOffice
{
    /// <summary>
    /// Saves <paramref name="xlsx"/> as an Excel 97–2003 .xls encrypted with <paramref name="password"/>,
    /// beside it, and returns its path (LibreOffice's own file format filter, driven through UNO).
    /// </summary>
    public static string SaveEncryptedXls(string xlsx, string password)
    {
        var xls = Path.ChangeExtension(xlsx, ".xls");
        var script = Path.Combine(AppContext.BaseDirectory, "Ingest", "save-encrypted-xls.py");
        // Debian's python3, which holds the UNO bridge; a python3 earlier on PATH may not.
        Run(File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3", [script, xlsx, xls, password], xls);
        return xls;
    }

    /// <summary>Saves <paramref name="xlsx"/> as an Excel 97–2003 .xls beside it and returns its path.</summary>
    public static string ConvertToXls(string xlsx)
    {
        var xls = Path.ChangeExtension(xlsx, ".xls");
        // A profile of its own, so that concurrent runs and a user's LibreOffice do not lock each other out.
        var profile = Path.Combine(Path.GetTempPath(), "lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            Run("soffice", [$"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xls", "--outdir", Path.GetDirectoryName(xlsx)!, xlsx], xls);
            return xls;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true);
        }
    }

    private static void Run(string program, string[] arguments, string written) => global::Analytics.Tests.Shared.OfficeTools.Run(program, arguments, written);
}
