using System.Collections;
using System.Numerics;
using System.Text;
using Analytics.DuckDb.Native;

namespace Analytics.DuckDb;

/// <summary>Binds .NET values to the parameters of one prepared statement.</summary>
internal static unsafe class ParameterBinder
{
    public static void Bind(PreparedStatementHandle statement, DuckDbParameterCollection parameters)
    {
        var prepared = statement.DangerousGetHandle();
        var count = NativeMethods.ParameterCount(prepared);
        NativeMethods.ClearBindings(prepared);
        for (ulong index = 1; index <= count; index++)
        {
            var name = Utf8.FromOwned(NativeMethods.ParameterName(prepared, index)) ?? "";
            var parameter = Find(parameters, name, index);
            Check(BindValue(prepared, index, parameter.Value), name, parameter.Value);
        }
    }

    private static DuckDbParameter Find(DuckDbParameterCollection parameters, string name, ulong index)
    {
        if (name.Length > 0 && !char.IsAsciiDigit(name[0]))
        {
            var byName = parameters.IndexOf(name);
            if (byName < 0) throw new DuckDbException($"No value given for parameter ${name}.");
            return (DuckDbParameter)parameters[byName];
        }
        var position = name.Length > 0 ? int.Parse(name) : (int)index;
        if (position < 1 || position > parameters.Count)
            throw new DuckDbException($"No value given for parameter ${position}: the command has {parameters.Count} parameter(s).");
        return (DuckDbParameter)parameters[position - 1];
    }

    private static void Check(DuckDbState state, string name, object? value)
    {
        if (state != DuckDbState.Success)
            throw new DuckDbException($"Cannot bind {value?.GetType().Name ?? "null"} value to parameter ${name}.");
    }

    private static DuckDbState BindValue(IntPtr prepared, ulong index, object? value)
    {
        switch (value)
        {
            case null or DBNull: return NativeMethods.BindNull(prepared, index);
            case bool v: return NativeMethods.BindBoolean(prepared, index, v);
            case sbyte v: return NativeMethods.BindInt8(prepared, index, v);
            case short v: return NativeMethods.BindInt16(prepared, index, v);
            case int v: return NativeMethods.BindInt32(prepared, index, v);
            case long v: return NativeMethods.BindInt64(prepared, index, v);
            case byte v: return NativeMethods.BindUInt8(prepared, index, v);
            case ushort v: return NativeMethods.BindUInt16(prepared, index, v);
            case uint v: return NativeMethods.BindUInt32(prepared, index, v);
            case ulong v: return NativeMethods.BindUInt64(prepared, index, v);
            case Int128 v: return NativeMethods.BindHugeInt(prepared, index, ToHuge(v));
            case UInt128 v: return NativeMethods.BindUHugeInt(prepared, index, new DuckDbUHugeIntStruct { Lower = (ulong)v, Upper = (ulong)(v >> 64) });
            case BigInteger v: return NativeMethods.BindHugeInt(prepared, index, ToHuge((Int128)v));
            case float v: return NativeMethods.BindFloat(prepared, index, v);
            case double v: return NativeMethods.BindDouble(prepared, index, v);
            case decimal v: return NativeMethods.BindDecimal(prepared, index, ToDecimal(v));
            case string v: return BindText(prepared, index, v);
            case char v: return BindText(prepared, index, v.ToString());
            case byte[] v:
                fixed (byte* data = v) return NativeMethods.BindBlob(prepared, index, data, (ulong)v.Length);
            case DateOnly v: return NativeMethods.BindDate(prepared, index, Temporal.ToDays(v));
            case DateTime v: return NativeMethods.BindTimestamp(prepared, index, Temporal.ToMicros(v));
            case DateTimeOffset v: return NativeMethods.BindTimestamp(prepared, index, Temporal.ToMicros(v.UtcDateTime));
            case TimeSpan v: return BindInterval(prepared, index, DuckDbInterval.FromTimeSpan(v));
            case DuckDbInterval v: return BindInterval(prepared, index, v);
            case Guid v: return BindText(prepared, index, v.ToString());
            case Enum v: return NativeMethods.BindInt64(prepared, index, Convert.ToInt64(v));
            case IList list when value.GetType() != typeof(string): return BindList(prepared, index, list);
            default: throw new NotSupportedException($"Parameter values of type {value.GetType().Name} are not supported.");
        }
    }

    private static DuckDbState BindInterval(IntPtr prepared, ulong index, DuckDbInterval v) =>
        NativeMethods.BindInterval(prepared, index, new DuckDbIntervalStruct { Months = v.Months, Days = v.Days, Micros = v.Micros });

    private static DuckDbState BindText(IntPtr prepared, ulong index, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        fixed (byte* data = bytes) return NativeMethods.BindVarcharLength(prepared, index, data, (ulong)bytes.Length);
    }

    private static DuckDbState BindList(IntPtr prepared, ulong index, IList list)
    {
        var elementType = list.GetType().IsArray ? list.GetType().GetElementType()! : list.GetType().GetGenericArguments().FirstOrDefault() ?? typeof(object);
        elementType = Nullable.GetUnderlyingType(elementType) ?? elementType;
        var typeId = elementType switch
        {
            _ when elementType == typeof(string) => DuckDbType.Varchar,
            _ when elementType == typeof(long) => DuckDbType.BigInt,
            _ when elementType == typeof(int) => DuckDbType.Integer,
            _ when elementType == typeof(double) => DuckDbType.Double,
            _ when elementType == typeof(bool) => DuckDbType.Boolean,
            _ when elementType == typeof(DateOnly) => DuckDbType.Date,
            _ => throw new NotSupportedException($"List parameters of {elementType.Name} are not supported."),
        };
        var values = new IntPtr[list.Count];
        var type = NativeMethods.CreateLogicalType(typeId);
        try
        {
            for (var i = 0; i < values.Length; i++) values[i] = CreateValue(list[i], typeId);
            fixed (IntPtr* items = values)
            {
                var listValue = NativeMethods.CreateListValue(type, items, (ulong)values.Length);
                try { return NativeMethods.BindValue(prepared, index, listValue); }
                finally { NativeMethods.DestroyValue(ref listValue); }
            }
        }
        finally
        {
            for (var i = 0; i < values.Length; i++)
                if (values[i] != IntPtr.Zero) NativeMethods.DestroyValue(ref values[i]);
            NativeMethods.DestroyLogicalType(ref type);
        }
    }

    private static IntPtr CreateValue(object? value, DuckDbType type)
    {
        if (value is null) throw new NotSupportedException("NULL elements in list parameters are not supported.");
        switch (type)
        {
            case DuckDbType.Varchar:
                var bytes = Encoding.UTF8.GetBytes((string)value);
                fixed (byte* data = bytes) return NativeMethods.CreateVarcharLength(data, (ulong)bytes.Length);
            case DuckDbType.BigInt: return NativeMethods.CreateInt64((long)value);
            case DuckDbType.Integer: return NativeMethods.CreateInt32((int)value);
            case DuckDbType.Double: return NativeMethods.CreateDouble((double)value);
            case DuckDbType.Boolean: return NativeMethods.CreateBool((bool)value);
            default: return NativeMethods.CreateDate(Temporal.ToDays((DateOnly)value));
        }
    }

    private static DuckDbHugeIntStruct ToHuge(Int128 v) => new() { Lower = (ulong)v, Upper = (long)(v >> 64) };

    private static DuckDbDecimalStruct ToDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        Int128 magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[3] < 0) magnitude = -magnitude;
        return new DuckDbDecimalStruct { Width = 38, Scale = scale, Value = ToHuge(magnitude) };
    }
}
