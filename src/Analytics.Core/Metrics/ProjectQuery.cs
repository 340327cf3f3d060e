namespace Analytics.Core.Metrics;

/// <summary>
/// Which projects to list: those whose <paramref name="Event"/> falls between <paramref name="From"/> and
/// <paramref name="To"/> (both included; for <see cref="ProjectEvent.Funds"/>, the months of those dates), in one
/// region or all, the largest first (by 协议总投资, or by funds in the period), at most <paramref name="Top"/>.
/// </summary>
public sealed record ProjectQuery(ProjectEvent Event, DateOnly From, DateOnly To, string? Region = null, int? Top = null);
