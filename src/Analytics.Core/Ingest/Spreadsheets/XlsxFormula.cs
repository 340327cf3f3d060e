namespace Analytics.Core.Ingest.Spreadsheets;

/// <summary>
/// A formula with its cached value, as Excel saves it. <see cref="Formula"/> is written without a
/// leading <c>=</c> (one is dropped if present); <see cref="CachedValue"/> is null, a string, a bool or a number.
/// </summary>
public sealed record XlsxFormula(string Formula, object? CachedValue);
