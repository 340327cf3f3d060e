namespace Analytics.Charts;

/// <summary>
/// The one number style of everything a reader sees (pages, charts, e-mail, CLI tables; documented in the README):
/// a negative number or a fall carries the minus sign − (U+2212), a rise +, no change no sign; a unit in a header
/// stands in full-width parentheses (协议总投资（亿元）); numbers in tables and charts have thousands separators and a fixed
/// number of decimals. CSV is for machines: plain numbers with an ASCII minus and no separators.
/// </summary>
public static class NumberStyle
{
    /// <summary>The minus sign of every number shown to a reader.</summary>
    public const char Minus = '−';

    /// <summary>A number written by .NET ("-2.3") with the reader's minus sign ("−2.3").</summary>
    public static string Negative(string number) => number.StartsWith('-') ? Minus + number[1..] : number;

    /// <summary>A change written with its sign: "+233", "−15"; <paramref name="magnitude"/> alone where it rounds to zero.</summary>
    public static string Signed(string magnitude, decimal change, string zero) =>
        magnitude == zero ? magnitude : (change > 0 ? "+" : Minus.ToString()) + magnitude;

    /// <summary>A column header or axis title with its unit: "协议总投资（亿元）".</summary>
    public static string WithUnit(string header, string unit) => $"{header}（{unit}）";
}
