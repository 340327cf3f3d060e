using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>What the reader needs to know of a column's logical type, read once per result.</summary>
internal sealed class ColumnType
{
    private Type? clrType;
    private bool? isSupported;

    private ColumnType(DuckDbType id, string name)
    {
        Id = id;
        Name = name;
    }

    public DuckDbType Id { get; }

    /// <summary>DuckDB's name of the type, e.g. <c>DECIMAL(18,4)</c> or <c>VARCHAR[]</c>.</summary>
    public string Name { get; }

    /// <summary>For DECIMAL: the storage type (SMALLINT, INTEGER, BIGINT or HUGEINT); for ENUM: the index type.</summary>
    public DuckDbType Storage { get; private init; }

    public byte Scale { get; private init; }

    /// <summary>For DECIMAL: the number of digits.</summary>
    public byte Width { get; private init; }

    /// <summary>For LIST: the element type.</summary>
    public ColumnType? Element { get; private init; }

    /// <summary>For ENUM: the dictionary.</summary>
    public string[]? Dictionary { get; private init; }

    /// <summary>The .NET type of the values; worked out once, as the reader checks it per value read.</summary>
    public Type ClrType => clrType ??= Id switch
    {
        DuckDbType.Boolean => typeof(bool),
        DuckDbType.TinyInt => typeof(sbyte),
        DuckDbType.SmallInt => typeof(short),
        DuckDbType.Integer => typeof(int),
        DuckDbType.BigInt => typeof(long),
        DuckDbType.UTinyInt => typeof(byte),
        DuckDbType.USmallInt => typeof(ushort),
        DuckDbType.UInteger => typeof(uint),
        DuckDbType.UBigInt => typeof(ulong),
        DuckDbType.HugeInt => typeof(Int128),
        DuckDbType.UHugeInt => typeof(UInt128),
        DuckDbType.Float => typeof(float),
        DuckDbType.Double => typeof(double),
        DuckDbType.Decimal => typeof(decimal),
        DuckDbType.Varchar or DuckDbType.Enum => typeof(string),
        DuckDbType.Blob => typeof(byte[]),
        DuckDbType.Date => typeof(DateOnly),
        DuckDbType.Time => typeof(TimeOnly),
        DuckDbType.Timestamp or DuckDbType.TimestampS or DuckDbType.TimestampMs or DuckDbType.TimestampNs or DuckDbType.TimestampTz => typeof(DateTime),
        DuckDbType.Interval => typeof(DuckDbInterval),
        DuckDbType.Uuid => typeof(Guid),
        DuckDbType.List => ElementArrayType(Element!),
        _ => typeof(object),
    };

    public bool IsSupported => isSupported ??= Id switch
    {
        DuckDbType.List => Element!.IsSupported,
        _ => ClrType != typeof(object) || Id == DuckDbType.SqlNull,
    };

    /// <summary>Reads a logical type and disposes of it.</summary>
    public static ColumnType From(IntPtr logicalType)
    {
        try
        {
            var id = NativeMethods.GetTypeId(logicalType);
            switch (id)
            {
                case DuckDbType.Decimal:
                    var width = NativeMethods.DecimalWidth(logicalType);
                    var scale = NativeMethods.DecimalScale(logicalType);
                    return new ColumnType(id, $"DECIMAL({width},{scale})") { Scale = scale, Width = width, Storage = NativeMethods.DecimalInternalType(logicalType) };
                case DuckDbType.List:
                    var element = From(NativeMethods.ListTypeChildType(logicalType));
                    return new ColumnType(id, element.Name + "[]") { Element = element };
                case DuckDbType.Enum:
                    var size = NativeMethods.EnumDictionarySize(logicalType);
                    var dictionary = new string[size];
                    for (uint i = 0; i < size; i++) dictionary[i] = Utf8.FromOwned(NativeMethods.EnumDictionaryValue(logicalType, i)) ?? "";
                    return new ColumnType(id, "ENUM") { Storage = NativeMethods.EnumInternalType(logicalType), Dictionary = dictionary };
                default:
                    return new ColumnType(id, NameOf(id));
            }
        }
        finally
        {
            NativeMethods.DestroyLogicalType(ref logicalType);
        }
    }

    private static Type ElementArrayType(ColumnType element)
    {
        var type = element.ClrType;
        return (type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type).MakeArrayType();
    }

    private static string NameOf(DuckDbType id) => id switch
    {
        DuckDbType.TinyInt => "TINYINT",
        DuckDbType.SmallInt => "SMALLINT",
        DuckDbType.UTinyInt => "UTINYINT",
        DuckDbType.USmallInt => "USMALLINT",
        DuckDbType.UInteger => "UINTEGER",
        DuckDbType.UBigInt => "UBIGINT",
        DuckDbType.HugeInt => "HUGEINT",
        DuckDbType.UHugeInt => "UHUGEINT",
        DuckDbType.TimestampS => "TIMESTAMP_S",
        DuckDbType.TimestampMs => "TIMESTAMP_MS",
        DuckDbType.TimestampNs => "TIMESTAMP_NS",
        DuckDbType.TimestampTz => "TIMESTAMP WITH TIME ZONE",
        DuckDbType.TimeTz => "TIME WITH TIME ZONE",
        DuckDbType.SqlNull => "NULL",
        _ => id.ToString().ToUpperInvariant(),
    };
}
