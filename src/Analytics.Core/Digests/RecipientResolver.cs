namespace Analytics.Core.Digests;

/// <summary>
/// Turns a digest's recipients (addresses and names of configured lists) into addresses, and keeps an
/// internal digest to the configured internal recipients: anyone else is excluded with the reason. A list
/// that is not configured adds no one and is reported (the shipped dashboards name lists an office may not use).
/// </summary>
/// <param name="lists">Named lists (<c>Digests:Lists:NAME</c>), by name.</param>
/// <param name="internalRecipients">Addresses and list names allowed to receive internal digests (<c>Digests:InternalRecipients</c>).</param>
public sealed class RecipientResolver(IReadOnlyDictionary<string, IReadOnlyList<DigestRecipient>> lists, IReadOnlyList<string> internalRecipients)
{
    /// <summary>The recipients of a digest (first mention wins, no repeats), those excluded, and lists not configured.</summary>
    /// <param name="names">Addresses and list names as the digest declares them.</param>
    /// <param name="isInternal">An internal digest: only internal recipients receive it.</param>
    public ResolvedRecipients Resolve(IEnumerable<string> names, bool isInternal)
    {
        var missing = new List<string>();
        var all = Expand(names, missing);
        if (!isInternal) return new ResolvedRecipients(all, [], missing);
        var allowed = Expand(internalRecipients, []).Select(r => r.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var excluded = all.Where(r => !allowed.Contains(r.Address))
            .Select(r => new ExcludedRecipient(r.Address, "内部简报只发给配置的内部收件人（Digests:InternalRecipients）/ not an internal recipient"))
            .ToList();
        return new ResolvedRecipients(all.Where(r => allowed.Contains(r.Address)).ToList(), excluded, missing);
    }

    private List<DigestRecipient> Expand(IEnumerable<string> names, List<string> missing)
    {
        var result = new List<DigestRecipient>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            IEnumerable<DigestRecipient> members;
            if (DigestRecipient.LooksLikeAddress(name)) members = [DigestRecipient.Parse(name)];
            else if (lists.TryGetValue(name, out var list)) members = list;
            else
            {
                missing.Add(name);
                continue;
            }
            foreach (var member in members)
                if (seen.Add(member.Address)) result.Add(member);
        }
        return result;
    }
}
