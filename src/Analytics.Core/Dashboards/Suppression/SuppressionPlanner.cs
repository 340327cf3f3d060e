using System.Globalization;

namespace Analytics.Core.Dashboards.Suppression;

/// <summary>
/// Decides which cells of a published date the public may see, as a statistical office does:
/// <list type="number">
/// <item>primary: a cell built from fewer than 3 projects is withheld;</item>
/// <item>over time: a cell is withheld where its change since the last date it was shown (the same year; a stock
///   within 12 months) is built from 1 or 2 projects;</item>
/// <item>bands: of nested figures (≥ 1 亿 ⊃ ≥ 10 亿 ⊃ …), a figure is withheld where its difference to the next
///   figure shown is built from 1 or 2 projects;</item>
/// <item>complementary: in each line (the members of a dimension and 全市), the withheld members holding projects
///   are at least two and together hold 3 projects or more, so the total minus the shown members never gives one of
///   them; more members are withheld, the smallest first, until that holds — also for the change of the withheld
///   group since every earlier date of the year.</item>
/// </list>
/// Rules 3 and 4 repeat until nothing changes (each step only withholds more).
/// </summary>
internal static class SuppressionPlanner
{
    public static CellTable Plan(CellIndex index, DateOnly asOf, IReadOnlyList<IReadOnlyDictionary<string, object?>> kpis,
        IReadOnlyList<IReadOnlyDictionary<string, object?>> monthly, IReadOnlyList<CellTable> earlier)
    {
        var table = new CellTable(asOf, index);
        Fill(table, kpis, monthly);
        foreach (var family in CellFamily.All)
        {
            var hidden = table.Hidden[family.Name];
            var counts = table.Counts[family.Name];
            for (var cell = 0; cell < index.Count; cell++) hidden[cell] = Disclosure.Hidden(counts[cell]);
            var window = Window(family, asOf, earlier).ToList();
            for (var cell = 0; cell < index.Count; cell++)
            {
                if (hidden[cell]) continue;
                var shown = window.Where(q => !q.IsHidden(family.Name, cell));
                // A running total grows: its last shown date suffices. A stock may rise and fall: every date in the window.
                foreach (var q in family.Stock ? shown : shown.TakeLast(1))
                    if (Sensitive(family, table, q, [cell])) hidden[cell] = true;
            }
        }
        var changed = true;
        while (changed)
        {
            changed = Chains(table);
            foreach (var family in CellFamily.All)
                foreach (var line in index.Lines.Values)
                {
                    changed |= Line(table, family, line);
                    changed |= GroupChanges(table, family, line, Window(family, asOf, earlier).ToList());
                }
        }
        return table;
    }

    private static void Fill(CellTable table, IReadOnlyList<IReadOnlyDictionary<string, object?>> kpis, IReadOnlyList<IReadOnlyDictionary<string, object?>> monthly)
    {
        foreach (var row in kpis)
        {
            if (table.Index.Find((string)row["dimension"]!, (string)row["member"]!) is not { } cell) continue;
            foreach (var family in CellFamily.All) table.Counts[family.Name][cell] = Long(row[family.Count]);
        }
        foreach (var row in monthly)
        {
            if (Long(row["year"]) != table.AsOf.Year || table.Index.Find((string)row["dimension"]!, (string)row["member"]!) is not { } cell) continue;
            table.FundMonths[cell][Long(row["month"])] = Long(row["funds_projects"]);
        }
    }

    /// <summary>The earlier dates a figure of the family may be compared with: the same year (a stock: 12 months).</summary>
    private static IEnumerable<CellTable> Window(CellFamily family, DateOnly asOf, IReadOnlyList<CellTable> earlier) =>
        earlier.Where(q => q.AsOf < asOf && (family.Stock ? q.AsOf >= asOf.AddMonths(-12) : q.AsOf.Year == asOf.Year));

    /// <summary>Whether the change of the cells' sum from <paramref name="q"/> to the table's date is built from 1 or 2 projects.</summary>
    private static bool Sensitive(CellFamily family, CellTable table, CellTable q, IReadOnlyCollection<int> cells)
    {
        if (family.Name == "funds")
        {
            // Money arrives for projects already counted: the months between tell how many projects moved the sum.
            // Distinct projects over several months lie between the largest month and the sum of the months.
            var months = Enumerable.Range(q.AsOf.Month + 1, table.AsOf.Month - q.AsOf.Month)
                .Select(m => cells.Sum(c => table.FundMonths[c][m])).ToList();
            return months.Sum() >= 1 && (months.Count == 0 ? 0 : months.Max()) < Disclosure.MinimumProjects;
        }
        var change = Math.Abs(cells.Sum(c => table.Counts[family.Name][c]) - cells.Sum(c => q.Counts[family.Name][c]));
        return change is > 0 and < Disclosure.MinimumProjects;
    }

    private static bool Chains(CellTable table)
    {
        var changed = false;
        foreach (var chain in CellFamily.Chains)
            for (var cell = 0; cell < table.Index.Count; cell++)
            {
                long? outer = null;
                foreach (var name in chain)
                {
                    if (table.Hidden[name][cell]) continue;
                    var n = table.Counts[name][cell];
                    if (outer is { } o && o - n is > 0 and < Disclosure.MinimumProjects)
                    {
                        table.Hidden[name][cell] = changed = true;
                        continue;
                    }
                    outer = n;
                }
            }
        return changed;
    }

    /// <summary>Complementary suppression in one line; true where it withheld something.</summary>
    private static bool Line(CellTable table, CellFamily family, int[] line)
    {
        var hidden = table.Hidden[family.Name];
        var counts = table.Counts[family.Name];
        var changed = false;
        while (true)
        {
            var withheld = line.Where(c => hidden[c] && counts[c] > 0).ToList();
            var safe = hidden[0]
                ? withheld.Count > 0 || line.All(c => counts[c] == 0)
                : withheld.Count == 0 || (withheld.Count >= 2 && withheld.Sum(c => counts[c]) >= Disclosure.MinimumProjects);
            if (safe) return changed;
            WithholdSmallest(hidden, counts, line, []);
            changed = true;
        }
    }

    /// <summary>
    /// The change of the withheld members' sum between an earlier date and this one is the change of the total minus
    /// the changes of the members shown on both dates: it must not be built from 1 or 2 projects either.
    /// </summary>
    private static bool GroupChanges(CellTable table, CellFamily family, int[] line, List<CellTable> window)
    {
        var hidden = table.Hidden[family.Name];
        var counts = table.Counts[family.Name];
        var changed = false;
        foreach (var q in window.Where(q => !q.IsHidden(family.Name, 0)))
        {
            while (!hidden[0])
            {
                var group = line.Where(c => (hidden[c] || q.IsHidden(family.Name, c)) && (counts[c] > 0 || q.Projects(family.Name, c) > 0)).ToList();
                if (group.Count == 0 || !Sensitive(family, table, q, group)) break;
                WithholdSmallest(hidden, counts, line, group);
                changed = true;
            }
        }
        return changed;
    }

    /// <summary>Withholds the shown member with the fewest projects (then the first by name), else the total.</summary>
    private static void WithholdSmallest(bool[] hidden, long[] counts, int[] line, IReadOnlyCollection<int> besides)
    {
        var candidates = line.Where(c => !hidden[c] && counts[c] > 0 && !besides.Contains(c)).ToList();
        if (candidates.Count == 0)
        {
            hidden[0] = true;
            return;
        }
        hidden[candidates.MinBy(c => counts[c])] = true;
    }

    private static long Long(object? value) => value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
