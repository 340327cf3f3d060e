namespace Analytics.Core.Models;

/// <summary>A model set that cannot be built: a cycle, a missing model, bad SQL or a failing data test.</summary>
public sealed class ModelException(string message) : Exception(message);
