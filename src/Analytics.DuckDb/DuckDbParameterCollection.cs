using System.Collections;
using System.Data.Common;

namespace Analytics.DuckDb;

/// <summary>The parameters of a <see cref="DuckDbCommand"/>.</summary>
public sealed class DuckDbParameterCollection : DbParameterCollection
{
    private readonly List<DuckDbParameter> items = [];

    public override int Count => items.Count;

    public override object SyncRoot => ((ICollection)items).SyncRoot;

    public DuckDbParameter Add(string name, object? value)
    {
        var parameter = new DuckDbParameter(name, value);
        items.Add(parameter);
        return parameter;
    }

    /// <summary>Adds a positional parameter (binds <c>?</c> or <c>$n</c>).</summary>
    public DuckDbParameter AddPositional(object? value)
    {
        var parameter = new DuckDbParameter(value);
        items.Add(parameter);
        return parameter;
    }

    public override int Add(object value)
    {
        items.Add(Cast(value));
        return items.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var value in values) Add(value!);
    }

    public override void Clear() => items.Clear();

    public override bool Contains(object value) => value is DuckDbParameter p && items.Contains(p);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)items).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => items.GetEnumerator();

    public override int IndexOf(object value) => value is DuckDbParameter p ? items.IndexOf(p) : -1;

    public override int IndexOf(string parameterName)
    {
        var name = parameterName.TrimStart('$', '@', ':');
        return items.FindIndex(p => string.Equals(p.ParameterName, name, StringComparison.OrdinalIgnoreCase));
    }

    public override void Insert(int index, object value) => items.Insert(index, Cast(value));

    public override void Remove(object value) => items.Remove(Cast(value));

    public override void RemoveAt(int index) => items.RemoveAt(index);

    public override void RemoveAt(string parameterName) => items.RemoveAt(IndexOf(parameterName));

    protected override DbParameter GetParameter(int index) => items[index];

    protected override DbParameter GetParameter(string parameterName) =>
        IndexOf(parameterName) is var i and >= 0 ? items[i] : throw new ArgumentException($"No parameter named '{parameterName}'.");

    protected override void SetParameter(int index, DbParameter value) => items[index] = Cast(value);

    protected override void SetParameter(string parameterName, DbParameter value) => items[IndexOf(parameterName)] = Cast(value);

    private static DuckDbParameter Cast(object value) =>
        value as DuckDbParameter ?? throw new InvalidCastException($"Expected a DuckDbParameter, got {value?.GetType().Name ?? "null"}.");
}
