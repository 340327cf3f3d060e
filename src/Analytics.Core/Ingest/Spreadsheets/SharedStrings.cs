using System.Text;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// The shared strings table (xl/sharedStrings.xml), held in memory: cells of type <c>s</c> refer to
/// it by index. Rich text gives the concatenation of its runs; phonetic guides are left out.
/// </summary>
internal sealed class SharedStrings
{
    public static readonly SharedStrings None = new([]);

    // Excel's own limit on distinct strings is far below this; it bounds what a hostile count attribute can reserve.
    private const int MaxPresize = 1 << 22;

    private readonly string[] items;

    private SharedStrings(string[] items) => this.items = items;

    public int Count => items.Length;

    public bool TryGet(int index, out string text)
    {
        if ((uint)index < (uint)items.Length)
        {
            text = items[index];
            return true;
        }
        text = "";
        return false;
    }

    public static SharedStrings Read(Stream stream)
    {
        using var reader = XmlParts.Open(stream);
        var items = new List<string>();
        var text = new StringBuilder();
        var scratch = new StringBuilder();
        long characters = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "sst")
            {
                if (int.TryParse(reader.GetAttribute("uniqueCount"), out var count) && count > 0)
                    items.Capacity = Math.Min(count, MaxPresize);
            }
            else if (reader.LocalName == "si")
            {
                if (items.Count == SpreadsheetLimits.MaxSharedStrings) throw SpreadsheetLimitException.TooManySharedStrings();
                var item = ReadItem(reader, text, scratch) ?? throw SpreadsheetLimitException.SharedStringTooLong(items.Count);
                characters += item.Length;
                if (characters > SpreadsheetLimits.MaxSharedStringChars) throw SpreadsheetLimitException.SharedStringsTooLong();
                items.Add(item);
            }
        }
        return new SharedStrings([.. items]);
    }

    /// <summary>
    /// Reads one <c>&lt;si&gt;</c> (also used for inline strings, <c>&lt;is&gt;</c>): its <c>t</c> and the
    /// <c>t</c> of its runs; null when they hold more than <see cref="SpreadsheetLimits.MaxCellLength"/> characters.
    /// </summary>
    public static string? ReadItem(XmlReader reader, StringBuilder text, StringBuilder scratch)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        string? single = null;
        var parts = 0;
        text.Clear();
        var more = reader.Read();
        while (more && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                var part = XmlParts.ReadText(reader, scratch, SpreadsheetLimits.MaxCellLength - text.Length - (single?.Length ?? 0));
                if (part is null) return null;
                if (parts++ == 0) single = part;
                else
                {
                    if (single is not null) text.Append(single);
                    single = null;
                    text.Append(part);
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName != "r")
            {
                // Run properties, phonetic guides (rPh) and the like: skipping lands on the next sibling already.
                reader.Skip();
                continue;
            }
            more = reader.Read();
        }
        return single ?? text.ToString();
    }
}
