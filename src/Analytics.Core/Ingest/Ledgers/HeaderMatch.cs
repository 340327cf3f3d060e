using Analytics.Core.Ingest.Spreadsheets;

namespace Analytics.Core.Ingest.Ledgers;

/// <summary>A header row found in a sheet: which ledger, which row, and where each column is.</summary>
public sealed class HeaderMatch
{
    /// <summary>Rows searched for the header below any title rows.</summary>
    public const int SearchDepth = 30;

    private readonly string[] columnIds;

    private HeaderMatch(LedgerSchema schema, int rowNumber, int[] positions, decimal[] factors, string?[] units)
    {
        columnIds = schema.Columns.Select(c => c.Id).ToArray();
        Schema = schema;
        RowNumber = rowNumber;
        Positions = positions;
        Factors = factors;
        Units = units;
    }

    public LedgerSchema Schema { get; }

    public int RowNumber { get; }

    /// <summary>Per schema column, its 0-based cell index, or -1 when the sheet lacks it.</summary>
    public int[] Positions { get; }

    /// <summary>Per schema column, the factor into 亿元 (1, or 0.0001 for 万元).</summary>
    public decimal[] Factors { get; }

    /// <summary>Per schema column, the unit written in the header, if any.</summary>
    public string?[] Units { get; }

    public int Position(string columnId) => Positions[IndexOf(columnId)];

    /// <summary>Columns written twice: the schema index, the cell index used and the cell index of the other header that names it too.</summary>
    public IReadOnlyList<(int Column, int First, int Second)> Duplicates { get; private init; } = [];

    /// <summary>The schema index of a column; looked up for every cell, hence a plain array.</summary>
    public int IndexOf(string columnId)
    {
        var index = Array.IndexOf(columnIds, columnId);
        if (index >= 0) return index;
        throw new ArgumentException($"No column {columnId} in {Schema.Kind}.");
    }

    /// <summary>Finds the ledger header among the first rows, for one kind or any.</summary>
    public static HeaderMatch? Find(IReadOnlyList<SheetRow> rows, LedgerKind? kind)
    {
        HeaderMatch? best = null;
        var bestScore = 0;
        foreach (var row in rows.Take(SearchDepth))
        {
            var headers = row.Cells.Select(c => c.Kind == CellKind.Text ? HeaderText.Normalise(c.Text) : "").ToArray();
            foreach (var schema in LedgerSchema.All.Where(s => kind is null || s.Kind == kind))
            {
                var match = Match(schema, row.Number, headers);
                var signature = schema.Signature.Count(id => match.Positions[match.IndexOf(id)] >= 0);
                if (signature < schema.Signature.Count && kind is null) continue;
                var score = match.Positions.Count(p => p >= 0);
                if (score >= 2 && score > bestScore)
                {
                    best = match;
                    bestScore = score;
                }
            }
            if (best is not null) return best;
        }
        return best;
    }

    private static HeaderMatch Match(LedgerSchema schema, int rowNumber, string[] headers)
    {
        var positions = new int[schema.Columns.Count];
        var factors = new decimal[schema.Columns.Count];
        var units = new string?[schema.Columns.Count];
        Array.Fill(positions, -1);
        Array.Fill(factors, 1m);
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            var column = schema.Columns[c];
            for (var i = 0; i < headers.Length && positions[c] < 0; i++)
            {
                if (headers[i].Length == 0 || positions.Contains(i) || !Names(column, headers[i], out var unit)) continue;
                positions[c] = i;
                units[c] = unit;
                if (column.Type == ColumnValueType.Amount && unit == "万元") factors[c] = 0.0001m;
            }
        }
        var duplicates = new List<(int, int, int)>();
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            if (positions[c] < 0) continue;
            for (var i = 0; i < headers.Length; i++)
                if (i != positions[c] && headers[i].Length > 0 && !positions.Contains(i) && Names(schema.Columns[c], headers[i], out _))
                    duplicates.Add((c, positions[c], i));
        }
        return new HeaderMatch(schema, rowNumber, positions, factors, units) { Duplicates = duplicates };
    }

    /// <summary>Whether a normalised header names the column (by its name or an alias, with or without a unit).</summary>
    private static bool Names(LedgerColumn column, string header, out string? unit)
    {
        (var name, unit) = HeaderText.SplitUnit(header);
        return column.Names.Contains(name) || column.Names.Contains(header);
    }
}
