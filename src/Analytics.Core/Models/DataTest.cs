namespace Analytics.Core.Models;

/// <summary>
/// A data test declared in a model's header (<c>-- test: unique(project_id)</c>) or a custom SQL
/// assertion in <c>sql/tests/assert_*.sql</c>; either way, SQL that returns the failing rows.
/// </summary>
public sealed record DataTest(string Model, string Name, string Sql);
