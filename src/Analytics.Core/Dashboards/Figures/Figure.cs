namespace Analytics.Core.Dashboards.Figures;

/// <summary>One value a page can print: a number (null: no value), a date or a text; <see cref="Suppressed"/> when withheld from the public.</summary>
internal sealed record Figure(FigureKind Kind, decimal? Number = null, DateOnly? Date = null, string? Text = null, bool Suppressed = false)
{
    public static Figure Of(string text) => new(FigureKind.Text, Text: text);

    public static Figure Of(DateOnly date) => new(FigureKind.Date, Date: date);
}
