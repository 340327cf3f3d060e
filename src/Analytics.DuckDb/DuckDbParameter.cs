using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Analytics.DuckDb;

/// <summary>
/// A statement parameter. Named parameters match <c>$name</c> (and <c>@name</c>, rewritten to
/// <c>$name</c>) in the SQL; unnamed ones bind <c>?</c> and <c>$1</c>, <c>$2</c>… by position.
/// </summary>
public sealed class DuckDbParameter : DbParameter
{
    private string parameterName = "";

    public DuckDbParameter()
    {
    }

    public DuckDbParameter(object? value) => Value = value;

    public DuckDbParameter(string name, object? value)
    {
        ParameterName = name;
        Value = value;
    }

    public override DbType DbType { get; set; } = DbType.Object;

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input) throw new NotSupportedException("DuckDB parameters are input only.");
        }
    }

    public override bool IsNullable { get; set; }

    [AllowNull]
    public override string ParameterName
    {
        get => parameterName;
        set => parameterName = (value ?? "").TrimStart('$', '@', ':');
    }

    [AllowNull]
    public override string SourceColumn { get; set; } = "";

    public override object? Value { get; set; }

    public override bool SourceColumnNullMapping { get; set; }

    public override int Size { get; set; }

    public override void ResetDbType() => DbType = DbType.Object;
}
