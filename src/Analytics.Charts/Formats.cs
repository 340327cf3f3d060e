namespace Analytics.Charts;

/// <summary>Numbers as the office writes them in charts, tables and briefings.</summary>
public static class Formats
{
    /// <summary>An amount in 亿元: 1447m → "1,447.0 亿元".</summary>
    public static string Amount(decimal yi) => ValueFormat.Yi.Format(yi);

    /// <summary>An amount in 万元: 12.3m → "12.3 万元".</summary>
    public static string AmountWan(decimal wan) => ValueFormat.Wan.Format(wan);

    /// <summary>A fraction as a percentage with one decimal: 0.533m → "53.3%".</summary>
    public static string Percent(decimal fraction) => ValueFormat.Percent.Format(fraction);

    /// <summary>A whole count with its measure word: (643, "个") → "643个".</summary>
    public static string Count(long count, string unit = "个") => ValueFormat.Count(unit).Format(count);

    /// <summary>A number with thousands separators and fixed decimals: (1447m, 1) → "1,447.0".</summary>
    public static string Number(decimal value, int decimals) => ValueFormat.Number(value, decimals);
}
