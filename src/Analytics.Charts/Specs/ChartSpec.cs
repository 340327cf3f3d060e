using Analytics.Charts.Theme;

namespace Analytics.Charts.Specs;

/// <summary>What every chart has: a title, a description for screen readers, a size and a unit.</summary>
public abstract record ChartSpec
{
    /// <summary>The chart's title, drawn at the top and used as the SVG's accessible name.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence for screen readers (SVG desc); null: one is written from the data.</summary>
    public string? Description { get; init; }

    /// <summary>Width in px; null: the kind's default (600, or 120 for a sparkline).</summary>
    public int? Width { get; init; }

    /// <summary>Height in px; null: the kind's default, or as tall as the rows need (ranking, gauge, funnel).</summary>
    public int? Height { get; init; }

    /// <summary>Unit and number format of the values; 亿元 with one decimal by default.</summary>
    public ValueFormat Format { get; init; } = ValueFormat.Yi;

    /// <summary>A footnote drawn under the chart, e.g. "数据来源：市投资促进中心".</summary>
    public string? Note { get; init; }

    /// <summary>Draw the title in the image (pages with their own heading may turn it off).</summary>
    public bool ShowTitle { get; init; } = true;

    /// <summary>Colours of members (regions, chains, fund sources); null: <see cref="MemberColors.Default"/>.</summary>
    public MemberColors? Colors { get; init; }
}
