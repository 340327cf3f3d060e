namespace Analytics.Core.Tests.Metrics;

/// <summary>Values of a model row as the tests compare them: DuckDB sums of integers arrive as HUGEINT (a <see cref="System.Numerics.BigInteger"/>).</summary>
public static class Cells
{
    public static long Long(object? value) => value switch
    {
        System.Numerics.BigInteger h => (long)h,
        _ => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static decimal Decimal(object? value) => value switch
    {
        System.Numerics.BigInteger h => (decimal)h,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static double Double(object? value) => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
}
