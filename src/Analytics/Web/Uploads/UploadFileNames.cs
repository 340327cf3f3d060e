using System.Text;

namespace Analytics.Web.Uploads;

/// <summary>
/// The name an uploaded file is kept and imported under: the last part of what the browser sent, without control
/// characters, path separators, leading dots or characters file systems refuse, at most 100 characters, with its
/// extension (<c>.xlsx</c>, <c>.xls</c>, <c>.csv</c>) kept.
/// </summary>
public static class UploadFileNames
{
    /// <summary>The extensions a ledger may have.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xls", ".csv"];

    private const int MaxLength = 100;

    /// <summary>The cleaned name, or null when nothing usable is left or the extension is not a ledger's.</summary>
    public static string? Clean(string? sent)
    {
        if (string.IsNullOrWhiteSpace(sent)) return null;
        var last = sent.Replace('\\', '/').Split('/')[^1];
        var text = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c) && c is not ('<' or '>' or ':' or '"' or '|' or '?' or '*') && !char.IsSurrogate(c) && c != '\u200B' && c != '\uFEFF')
                text.Append(c);
        var name = text.ToString().Trim().TrimStart('.', ' ').TrimEnd('.', ' ');
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension)) return null;
        var stem = name[..^extension.Length].Trim();
        if (stem.Length == 0) return null;
        if (stem.Length > MaxLength - extension.Length) stem = stem[..(MaxLength - extension.Length)];
        return stem + extension;
    }
}
