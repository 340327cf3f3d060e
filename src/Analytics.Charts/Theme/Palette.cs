using System.Globalization;

namespace Analytics.Charts.Theme;

/// <summary>
/// The chart colours. Categorical colours are Paul Tol's "muted" scheme (told apart by the common
/// forms of colour blindness), ordered so neighbours differ in lightness and stay apart in
/// greyscale; ordinal series use a single-hue blue ramp whose lightness rises with the order.
/// </summary>
public static class Palette
{
    /// <summary>The main series (this year, a single series).</summary>
    public const string Primary = "#1F5A96";

    /// <summary>The comparison series (same period last year) and members not highlighted.</summary>
    public const string PrimaryLight = "#A3BDD9";

    /// <summary>The comparison series drawn as a line: darker than <see cref="PrimaryLight"/> so a thin line keeps 3:1 contrast.</summary>
    public const string Comparison = "#6F8FB3";

    /// <summary>The merged "其他" slice: neutral, so it never reads as a member.</summary>
    public const string Other = "#BDBDBD";

    /// <summary>The target line.</summary>
    public const string Target = "#B0301F";

    /// <summary>Member colours, in assignment order.</summary>
    public static IReadOnlyList<string> Categorical { get; } =
    [
        "#332288", "#DDCC77", "#44AA99", "#882255", "#88CCEE",
        "#117733", "#CC6677", "#AA4499", "#999933", "#6E6E6E",
    ];

    private static readonly string[] Blues =
        ["#DCE9F5", "#BDD5EC", "#94BCE0", "#6A9FD0", "#4484BF", "#2A68A6", "#17508A", "#0B3A6A", "#062749"];

    /// <summary><paramref name="count"/> blues from light to dark, spread over the ramp.</summary>
    public static IReadOnlyList<string> Sequential(int count)
    {
        if (count <= 0) return [];
        if (count == 1) return [Blues[5]];
        var result = new string[count];
        // Skip the palest step: it vanishes against the white background.
        const int first = 1, last = 8;
        for (var i = 0; i < count; i++)
            result[i] = Blues[first + (int)Math.Round((double)i * (last - first) / (count - 1))];
        return result;
    }

    /// <summary>The colour of a traffic light: shades that keep 3:1 contrast on white.</summary>
    public static string Of(TrafficLight light) => light switch
    {
        TrafficLight.Green => "#2E7D32",
        TrafficLight.Yellow => "#B8860B",
        TrafficLight.Red => "#C62828",
        _ => Faint,
    };

    /// <summary>Titles.</summary>
    internal const string Ink = "#1A1A1A";
    /// <summary>Labels on the chart.</summary>
    internal const string Text = "#333333";
    /// <summary>Ticks, units, legend text.</summary>
    internal const string Muted = "#595959";
    /// <summary>Notes and empty state (4.5:1 on white).</summary>
    internal const string Faint = "#767676";
    internal const string Grid = "#E3E6EA";
    internal const string Axis = "#8C8C8C";
    internal const string Track = "#E8ECF1";

    /// <summary>White or near-black, whichever contrasts more with <paramref name="background"/> (#RRGGBB).</summary>
    public static string TextOn(string background)
    {
        var l = Luminance(background);
        var contrastWhite = 1.05 / (l + 0.05);
        var contrastDark = (l + 0.05) / (Luminance("#1A1A1A") + 0.05);
        return contrastWhite >= contrastDark ? "#FFFFFF" : "#1A1A1A";
    }

    /// <summary>WCAG relative luminance of #RRGGBB.</summary>
    internal static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
