namespace Analytics.Core.Digests;

/// <summary>
/// Turns a digest's recipients (addresses and names of configured lists) into addresses, and keeps an
/// internal digest to the configured internal recipients: anyone else is excluded with the reason.
/// </summary>
/// <param name="lists">Named lists (<c>Digests:Lists:NAME</c>), by name.</param>
/// <param name="internalRecipients">Addresses and list names allowed to receive internal digests (<c>Digests:InternalRecipients</c>).</param>
public sealed class RecipientResolver(IReadOnlyDictionary<string, IReadOnlyList<DigestRecipient>> lists, IReadOnlyList<string> internalRecipients)
{
    /// <summary>The recipients of a digest (first mention wins, no repeats) and those excluded.</summary>
    /// <param name="names">Addresses and list names as the digest declares them.</param>
    /// <param name="isInternal">An internal digest: only internal recipients receive it.</param>
    public (IReadOnlyList<DigestRecipient> Recipients, IReadOnlyList<ExcludedRecipient> Excluded) Resolve(IEnumerable<string> names, bool isInternal)
    {
        var all = Expand(names);
        if (!isInternal) return (all, []);
        var allowed = Expand(internalRecipients).Select(r => r.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var excluded = all.Where(r => !allowed.Contains(r.Address))
            .Select(r => new ExcludedRecipient(r.Address, "内部简报只发给配置的内部收件人（Digests:InternalRecipients）/ not an internal recipient"))
            .ToList();
        return (all.Where(r => allowed.Contains(r.Address)).ToList(), excluded);
    }

    private List<DigestRecipient> Expand(IEnumerable<string> names)
    {
        var result = new List<DigestRecipient>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            IEnumerable<DigestRecipient> members;
            if (DigestRecipient.LooksLikeAddress(name)) members = [DigestRecipient.Parse(name)];
            else if (lists.TryGetValue(name, out var list)) members = list;
            else throw new DigestConfigurationException(
                $"未配置的收件人名单「{name}」（应在 Digests:Lists:{name} 中列出）",
                $"no recipient list \"{name}\" is configured (Digests:Lists:{name})");
            foreach (var member in members)
                if (seen.Add(member.Address)) result.Add(member);
        }
        return result;
    }
}
