namespace Analytics.Charts.Text;

/// <summary>The two faces charts are measured and drawn with, and the family list the SVG names.</summary>
internal static class Fonts
{
    /// <summary>The measured family first; fallbacks for browsers that lack it (CJK widths match, Latin is close).</summary>
    public const string FamilyList = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

    /// <summary>Installed font files the embedded tables are derived from (Debian fonts-noto-cjk).</summary>
    public const string RegularFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <inheritdoc cref="RegularFile"/>
    public const string BoldFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

    /// <summary>The face family both tables are read from.</summary>
    public const string Family = "Noto Sans CJK SC";

    private static readonly Lazy<FontMetrics> LazyRegular = new(() => FontMetrics.FromResource("NotoSansCJKsc-Regular.txt"));
    private static readonly Lazy<FontMetrics> LazyBold = new(() => FontMetrics.FromResource("NotoSansCJKsc-Bold.txt"));

    /// <summary>Noto Sans CJK SC Regular.</summary>
    public static FontMetrics Regular => LazyRegular.Value;

    /// <summary>Noto Sans CJK SC Bold.</summary>
    public static FontMetrics Bold => LazyBold.Value;

    /// <summary>The face for a weight.</summary>
    public static FontMetrics For(bool bold) => bold ? Bold : Regular;
}
