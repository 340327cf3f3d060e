using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>
/// A typed view of one vector of the current data chunk: its data and validity pointers, and for a
/// LIST its child vector. Re-pointed at each new chunk; valid only while that chunk lives.
/// </summary>
internal sealed unsafe class VectorView(ColumnType type)
{
    // The type id is copied out of the ColumnType because every typed read switches on it.
    private readonly DuckDbType id = type.Id;
    private VectorView? child;
    private byte* data;
    private ulong* validity;

    public ColumnType Type { get; } = type;

    /// <summary>Whether the reader can read this column; checked on every value read.</summary>
    public bool IsSupported { get; } = type.IsSupported;

    public void Bind(IntPtr vector)
    {
        data = (byte*)NativeMethods.VectorGetData(vector);
        validity = NativeMethods.VectorGetValidity(vector);
        if (id == DuckDbType.List)
        {
            child ??= new VectorView(Type.Element!);
            child.Bind(NativeMethods.ListVectorGetChild(vector));
        }
    }

    public bool IsNull(ulong row) => validity != null && (validity[row >> 6] & (1UL << (int)(row & 63))) == 0;

    public T Raw<T>(ulong row) where T : unmanaged => ((T*)data)[row];

    public string GetString(ulong row) => id switch
    {
        DuckDbType.Varchar or DuckDbType.Blob => Utf8.Decode((DuckDbStringT*)data + row),
        DuckDbType.Enum => Type.Dictionary![EnumIndex(row)],
        _ => throw Mismatch("a string"),
    };

    public byte[] GetBytes(ulong row) => id is DuckDbType.Varchar or DuckDbType.Blob
        ? Utf8.Bytes((DuckDbStringT*)data + row).ToArray()
        : throw Mismatch("bytes");

    // GetInt64 and GetDouble test the column's own type first, in a body small enough to inline
    // into the reader's getters; the conversions from other types stay out of line.
    public long GetInt64(ulong row) => id == DuckDbType.BigInt ? ((long*)data)[row] : ConvertToInt64(row);

    public double GetDouble(ulong row) => id == DuckDbType.Double ? ((double*)data)[row] : ConvertToDouble(row);

    private long ConvertToInt64(ulong row) => id switch
    {
        DuckDbType.BigInt => Raw<long>(row),
        DuckDbType.Integer => Raw<int>(row),
        DuckDbType.SmallInt => Raw<short>(row),
        DuckDbType.TinyInt => Raw<sbyte>(row),
        DuckDbType.UInteger => Raw<uint>(row),
        DuckDbType.USmallInt => Raw<ushort>(row),
        DuckDbType.UTinyInt => Raw<byte>(row),
        DuckDbType.UBigInt => checked((long)Raw<ulong>(row)),
        DuckDbType.HugeInt => checked((long)Raw<Int128>(row)),
        DuckDbType.Boolean => Raw<byte>(row),
        _ => throw Mismatch("Int64"),
    };

    private double ConvertToDouble(ulong row) => id switch
    {
        DuckDbType.Double => Raw<double>(row),
        DuckDbType.Float => Raw<float>(row),
        DuckDbType.Decimal => (double)GetDecimal(row),
        DuckDbType.HugeInt => (double)Raw<Int128>(row),
        DuckDbType.UBigInt => Raw<ulong>(row),
        _ => GetInt64(row),
    };

    public decimal GetDecimal(ulong row)
    {
        switch (id)
        {
            case DuckDbType.Decimal:
                Int128 raw = Type.Storage switch
                {
                    DuckDbType.SmallInt => Raw<short>(row),
                    DuckDbType.Integer => Raw<int>(row),
                    DuckDbType.BigInt => Raw<long>(row),
                    _ => Raw<Int128>(row),
                };
                return ScaledDecimal(raw, Type.Scale);
            case DuckDbType.Double: return (decimal)Raw<double>(row);
            case DuckDbType.Float: return (decimal)Raw<float>(row);
            case DuckDbType.HugeInt: return ScaledDecimal(Raw<Int128>(row), 0);
            case DuckDbType.UBigInt: return Raw<ulong>(row);
            default: return GetInt64(row);
        }
    }

    public DateTime GetDateTime(ulong row) => id switch
    {
        DuckDbType.Timestamp or DuckDbType.TimestampTz => Temporal.FromMicros(Raw<long>(row)),
        DuckDbType.TimestampS => Temporal.FromMicros(Raw<long>(row) * 1_000_000),
        DuckDbType.TimestampMs => Temporal.FromMicros(Raw<long>(row) * 1_000),
        DuckDbType.TimestampNs => Temporal.FromMicros(Raw<long>(row) / 1_000),
        DuckDbType.Date => Temporal.FromDays(Raw<int>(row)).ToDateTime(TimeOnly.MinValue),
        _ => throw Mismatch("DateTime"),
    };

    public DateOnly GetDate(ulong row) => id == DuckDbType.Date
        ? Temporal.FromDays(Raw<int>(row))
        : DateOnly.FromDateTime(GetDateTime(row));

    public object GetValue(ulong row) => id switch
    {
        DuckDbType.Boolean => Raw<byte>(row) != 0,
        DuckDbType.TinyInt => Raw<sbyte>(row),
        DuckDbType.SmallInt => Raw<short>(row),
        DuckDbType.Integer => Raw<int>(row),
        DuckDbType.BigInt => Raw<long>(row),
        DuckDbType.UTinyInt => Raw<byte>(row),
        DuckDbType.USmallInt => Raw<ushort>(row),
        DuckDbType.UInteger => Raw<uint>(row),
        DuckDbType.UBigInt => Raw<ulong>(row),
        DuckDbType.HugeInt => Raw<Int128>(row),
        DuckDbType.UHugeInt => Raw<UInt128>(row),
        DuckDbType.Float => Raw<float>(row),
        DuckDbType.Double => Raw<double>(row),
        DuckDbType.Decimal => GetDecimal(row),
        DuckDbType.Varchar or DuckDbType.Enum => GetString(row),
        DuckDbType.Blob => GetBytes(row),
        DuckDbType.Date => GetDate(row),
        DuckDbType.Time => TimeOnly.FromTimeSpan(TimeSpan.FromTicks(Raw<long>(row) * 10)),
        DuckDbType.Timestamp or DuckDbType.TimestampS or DuckDbType.TimestampMs or DuckDbType.TimestampNs or DuckDbType.TimestampTz => GetDateTime(row),
        DuckDbType.Interval => ToInterval(Raw<DuckDbIntervalStruct>(row)),
        DuckDbType.Uuid => ToGuid(Raw<Int128>(row)),
        DuckDbType.List => GetList(row),
        _ => throw Mismatch("a .NET value"),
    };

    private Array GetList(ulong row)
    {
        var entry = Raw<DuckDbListEntry>(row);
        var array = Array.CreateInstance(Type.ClrType.GetElementType()!, (int)entry.Length);
        for (ulong i = 0; i < entry.Length; i++)
        {
            var index = entry.Offset + i;
            array.SetValue(child!.IsNull(index) ? null : child.GetValue(index), (int)i);
        }
        return array;
    }

    private int EnumIndex(ulong row) => Type.Storage switch
    {
        DuckDbType.UTinyInt => Raw<byte>(row),
        DuckDbType.USmallInt => Raw<ushort>(row),
        _ => (int)Raw<uint>(row),
    };

    private static DuckDbInterval ToInterval(DuckDbIntervalStruct value) => new(value.Months, value.Days, value.Micros);

    private static Guid ToGuid(Int128 stored)
    {
        // DuckDB flips the top bit so that UUIDs sort as unsigned numbers.
        var value = (UInt128)stored ^ ((UInt128)1 << 127);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 16; i++) bytes[i] = (byte)(value >> (8 * (15 - i)));
        return new Guid(bytes, bigEndian: true);
    }

    private static decimal ScaledDecimal(Int128 raw, byte scale)
    {
        var negative = raw < 0;
        var magnitude = (UInt128)(negative ? -raw : raw);
        if (magnitude >> 96 != 0) throw new OverflowException($"DECIMAL value {raw} (scale {scale}) exceeds the range of System.Decimal.");
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
    }

    private InvalidCastException Mismatch(string target) => new($"Cannot read a {Type.Name} value as {target}.");
}
