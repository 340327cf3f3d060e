namespace Analytics.Charts.Specs;

/// <summary>One share of a donut, in the spec's unit.</summary>
public sealed record DonutSlice(string Name, decimal Value);
