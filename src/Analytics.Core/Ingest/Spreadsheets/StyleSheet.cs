using System.Globalization;
using System.Xml;

namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>The part of xl/styles.xml the reader needs: which cell styles (<c>s</c> attributes) format numbers as dates.</summary>
internal sealed class StyleSheet
{
    public static readonly StyleSheet None = new([]);

    private readonly bool[] dateStyles;

    private StyleSheet(bool[] dateStyles) => this.dateStyles = dateStyles;

    public bool IsDate(int styleIndex) => (uint)styleIndex < (uint)dateStyles.Length && dateStyles[styleIndex];

    public static StyleSheet Read(Stream stream)
    {
        var customFormats = new Dictionary<int, string>();
        var cellFormats = new List<int>();
        using (var reader = XmlParts.Open(stream))
        {
            var inCellXfs = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
                if (reader.NodeType != XmlNodeType.Element) continue;
                switch (reader.LocalName)
                {
                    case "numFmt":
                        if (TryInt(reader.GetAttribute("numFmtId"), out var id))
                            customFormats[id] = reader.GetAttribute("formatCode") ?? "";
                        break;
                    case "cellXfs":
                        inCellXfs = !reader.IsEmptyElement;
                        break;
                    case "xf" when inCellXfs:
                        cellFormats.Add(TryInt(reader.GetAttribute("numFmtId"), out var format) ? format : 0);
                        break;
                }
            }
        }

        var dates = new bool[cellFormats.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            var id = cellFormats[i];
            dates[i] = customFormats.TryGetValue(id, out var code) ? DateFormats.IsDateCode(code) : DateFormats.IsBuiltInDate(id);
        }
        return new StyleSheet(dates);
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
