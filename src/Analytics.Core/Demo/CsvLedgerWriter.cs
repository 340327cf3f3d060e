using System.Globalization;
using System.Text;

namespace Analytics.Core.Demo;

/// <summary>Writes a ledger as UTF-8 CSV (no BOM, CRLF), the header first; dates as yyyy-MM-dd, amounts without separators.</summary>
internal sealed class CsvLedgerWriter : IDisposable
{
    private readonly StreamWriter _out;

    public CsvLedgerWriter(string path, IReadOnlyList<string> headers)
    {
        _out = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
        var header = new object?[headers.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = headers[i];
        }

        Write(header);
    }

    public void Write(params ReadOnlySpan<object?> cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _out.Write(',');
            }

            var text = cells[i] switch
            {
                null => "",
                string s => s,
                DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
            if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                _out.Write('"');
                _out.Write(text.Replace("\"", "\"\""));
                _out.Write('"');
            }
            else
            {
                _out.Write(text);
            }
        }

        _out.WriteLine();
    }

    public void Dispose() => _out.Dispose();
}
