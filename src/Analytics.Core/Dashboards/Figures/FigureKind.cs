namespace Analytics.Core.Dashboards.Figures;

/// <summary>What a figure is, which decides how it is written: 643 (count), 1447亿元 (amount), 14.4% (ratio), a date or text.</summary>
internal enum FigureKind
{
    Count,
    Amount,
    Ratio,
    Date,
    Text,
}
