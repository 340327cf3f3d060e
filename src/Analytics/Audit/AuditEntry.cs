namespace Analytics.Audit;

/// <summary>
/// One line of the audit log: when, who (an account name, or the name tried at a failed login), what
/// (<see cref="AuditActions"/>), on what (a file, an account, a URL) and from where (the client's address; empty for the command line).
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string User, string Action, string? Target = null, string? Detail = null, string? Client = null);
