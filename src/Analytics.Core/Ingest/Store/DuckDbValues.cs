using System.Numerics;

namespace Analytics.Core.Ingest.Store;

/// <summary>
/// Cell values as the product hands them on (JSON, CSV, tables, tests): DuckDB.NET gives HUGEINT (the type of a sum
/// of integers) as <see cref="BigInteger"/>, which neither JSON nor <see cref="Convert"/> takes; here it becomes a
/// <see cref="long"/> (or a <see cref="decimal"/> beyond that range), INTEGER a <see cref="long"/>, and a decimal
/// loses trailing zeros.
/// </summary>
public static class DuckDbValues
{
    private static readonly BigInteger LongMin = long.MinValue;
    private static readonly BigInteger LongMax = long.MaxValue;

    public static object Plain(object value) => value switch
    {
        BigInteger h when h >= LongMin && h <= LongMax => (long)h,
        BigInteger h => (decimal)h,
        int i => (long)i,
        decimal d => d / 1.000000000000000000000000000000000m, // drops trailing zeros
        _ => value,
    };
}
