using System.Globalization;

namespace Analytics.Audit;

/// <summary>An audit entry as one line of text: time, user, action, target, detail, client, separated by tabs.</summary>
public static class AuditText
{
    public static string Line(AuditEntry entry) => string.Join('\t',
        entry.At.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), entry.User, entry.Action,
        entry.Target ?? "", entry.Detail ?? "", entry.Client ?? "").TrimEnd('\t');
}
