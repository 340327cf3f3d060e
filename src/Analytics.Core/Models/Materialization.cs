namespace Analytics.Core.Models;

/// <summary>How a model is built into each data version.</summary>
public enum Materialization
{
    /// <summary>A table computed once per data version.</summary>
    Table,
    /// <summary>A DuckDB table macro taking the as-of date: <c>name(as_of)</c>.</summary>
    Macro,
}
