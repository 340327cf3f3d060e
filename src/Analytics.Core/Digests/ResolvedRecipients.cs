namespace Analytics.Core.Digests;

/// <summary>A digest's recipients: those it goes to, those excluded (with the reason), and named lists that are not configured.</summary>
public sealed record ResolvedRecipients(IReadOnlyList<DigestRecipient> Recipients, IReadOnlyList<ExcludedRecipient> Excluded, IReadOnlyList<string> MissingLists);
