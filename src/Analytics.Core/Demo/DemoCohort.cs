namespace Analytics.Core.Demo;

/// <summary>The projects one copy of the data set enters in one year, in id order, with their whole lives and funds.</summary>
internal sealed record DemoCohort(int Year, int Copy, IReadOnlyList<DemoProject> Projects);
