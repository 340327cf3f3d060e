using System.Data.Common;
using System.Globalization;
using Spectre.Console;

namespace Analytics.Cli;

/// <summary>
/// Query results as a Spectre.Console table: framed on a terminal, plain aligned columns in a pipe or a file
/// (East Asian characters count as two columns either way), numbers right-aligned, then the row count.
/// </summary>
internal static class ResultTable
{
    /// <summary>A table in the style of the console it is written to.</summary>
    public static Table Create(IAnsiConsole console) =>
        new Table().Border(Terminal.OutputIsTerminal && ReferenceEquals(console, Terminal.Out) ? TableBorder.Rounded : TableBorder.None);

    /// <summary>Writes every row of <paramref name="reader"/> and <c>(N 行)</c>.</summary>
    public static void Write(DbDataReader reader, IAnsiConsole console)
    {
        var table = Create(console);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            var column = new TableColumn(new Text(reader.GetName(i)));
            if (IsNumber(reader.GetFieldType(i))) column.RightAligned();
            table.AddColumn(column);
        }
        var rows = 0;
        while (reader.Read())
        {
            table.AddRow(Enumerable.Range(0, reader.FieldCount).Select(i => new Text(Format(reader.GetValue(i)))));
            rows++;
        }
        console.Write(table);
        console.WriteLine($"({rows} 行)");
    }

    /// <summary>A value as text: dates as <c>yyyy-MM-dd</c>, numbers in the invariant culture, lists in brackets.</summary>
    public static string Format(object value) => value switch
    {
        DBNull => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        Array a => "[" + string.Join(", ", a.Cast<object?>().Select(v => v is null ? "NULL" : Format(v))) + "]",
        _ => value.ToString() ?? "",
    };

    private static bool IsNumber(Type type) =>
        Type.GetTypeCode(type) is >= TypeCode.SByte and <= TypeCode.Decimal || type == typeof(System.Numerics.BigInteger);
}
