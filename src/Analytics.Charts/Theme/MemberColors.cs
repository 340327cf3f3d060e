using System.Text;

namespace Analytics.Charts.Theme;

/// <summary>
/// Gives each member of a dimension (a region, an industry chain, a fund source) the same colour
/// in every chart. Members registered with a dimension take the categorical colours in the
/// dimension's order; any other name takes a colour from a stable hash of its text, moved on to
/// the next free colour where two unregistered names in one chart would share one.
/// </summary>
public sealed class MemberColors
{
    private readonly Dictionary<string, string> _assigned = new(StringComparer.Ordinal);

    /// <summary>Registers dimensions; each list is one dimension's members in a fixed order.</summary>
    public MemberColors(params IEnumerable<IEnumerable<string>> dimensions)
    {
        foreach (var dimension in dimensions)
        {
            var index = 0;
            foreach (var member in dimension)
            {
                if (_assigned.ContainsKey(member)) continue;
                _assigned[member] = Palette.Categorical[index++ % Palette.Categorical.Count];
            }
        }
    }

    /// <summary>The fund sources and industry chains of the domain glossary, in their usual order.</summary>
    public static MemberColors Default { get; } = new(
        ["省外资金", "省内市外资金", "本地资金", "外资", "产业基金"],
        ["新能源汽车", "新一代信息技术", "生物医药", "高端装备制造", "新材料",
         "节能环保", "现代农业与食品", "智能家电", "航空航天", "现代服务业"]);

    /// <summary>The registered members and their colours, in the order of registration.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Registered => _assigned;

    /// <summary>True where <paramref name="member"/> has a registered colour.</summary>
    public bool IsRegistered(string member) => _assigned.ContainsKey(member);

    /// <summary>The member's colour (#RRGGBB), registered or hashed.</summary>
    public string ColorOf(string member) =>
        _assigned.TryGetValue(member, out var color) ? color : Palette.Categorical[HashIndex(member)];

    /// <summary>
    /// Colours for the members shown together in one chart, in the given order: registered members
    /// keep theirs; unregistered ones avoid colours already used in the chart while any is free.
    /// </summary>
    public IReadOnlyList<string> ColorsFor(IReadOnlyList<string> members)
    {
        var result = new string[members.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < members.Count; i++)
        {
            if (!_assigned.TryGetValue(members[i], out var color)) continue;
            result[i] = color;
            used.Add(color);
        }
        for (var i = 0; i < members.Count; i++)
        {
            if (result[i] is not null) continue;
            var index = HashIndex(members[i]);
            for (var probe = 0; probe < Palette.Categorical.Count && used.Contains(Palette.Categorical[index]); probe++)
                index = (index + 1) % Palette.Categorical.Count;
            result[i] = Palette.Categorical[index];
            used.Add(result[i]);
        }
        return result;
    }

    private static int HashIndex(string member)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(member))
            hash = (hash ^ b) * 16777619u;
        return (int)(hash % (uint)Palette.Categorical.Count);
    }
}
