namespace Analytics.DuckDb;

/// <summary>One row being appended: a value per column in order, then <see cref="EndRow"/>. A struct, so no allocation.</summary>
public readonly struct DuckDbAppenderRow
{
    private readonly DuckDbAppender appender;

    internal DuckDbAppenderRow(DuckDbAppender appender) => this.appender = appender;

    public DuckDbAppenderRow AppendNull()
    {
        appender.AppendNull();
        return this;
    }

    public DuckDbAppenderRow Append(long value)
    {
        appender.Append(value);
        return this;
    }

    public DuckDbAppenderRow Append(int value) => Append((long)value);

    public DuckDbAppenderRow Append(double value)
    {
        appender.Append(value);
        return this;
    }

    public DuckDbAppenderRow Append(decimal value)
    {
        appender.Append(value);
        return this;
    }

    public DuckDbAppenderRow Append(bool value)
    {
        appender.Append(value);
        return this;
    }

    public DuckDbAppenderRow Append(DateOnly value)
    {
        appender.Append(value);
        return this;
    }

    public DuckDbAppenderRow Append(DateTime value)
    {
        appender.Append(value);
        return this;
    }

    /// <summary>Appends text; a null string appends NULL.</summary>
    public DuckDbAppenderRow Append(string? value) => value is null ? AppendNull() : Append(value.AsSpan());

    public DuckDbAppenderRow Append(ReadOnlySpan<char> value)
    {
        appender.Append(value);
        return this;
    }

    /// <summary>Appends text already encoded as UTF-8.</summary>
    public DuckDbAppenderRow AppendUtf8(ReadOnlySpan<byte> value)
    {
        appender.AppendUtf8(value);
        return this;
    }

    public DuckDbAppenderRow Append(long? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(decimal? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(double? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppenderRow Append(DateOnly? value) => value is { } v ? Append(v) : AppendNull();

    /// <summary>Ends the row; it is sent to DuckDB with its chunk.</summary>
    public void EndRow() => appender.EndRow();
}
