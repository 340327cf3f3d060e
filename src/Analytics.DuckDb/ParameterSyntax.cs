using System.Text;

namespace Analytics.DuckDb;

/// <summary>
/// Rewrites <c>@name</c> to DuckDB's <c>$name</c> for the names of the command's own parameters, outside
/// string literals, quoted identifiers and comments, so that tools that write <c>@name</c> (Dapper) work.
/// </summary>
internal static class ParameterSyntax
{
    public static string Rewrite(string sql, DuckDbParameterCollection parameters)
    {
        if (parameters.Count == 0 || !sql.Contains('@')) return sql;
        var output = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                var end = sql.IndexOf(c, i + 1);
                end = end < 0 ? sql.Length : end + 1;
                output.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                output.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '/' && i + 1 < sql.Length && sql[i + 1] == '*')
            {
                var end = sql.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? sql.Length : end + 2;
                output.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]))
            {
                var end = i + 1;
                while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_')) end++;
                var name = sql.Substring(i + 1, end - i - 1);
                output.Append(parameters.Contains(name) ? '$' : '@').Append(name);
                i = end;
            }
            else
            {
                output.Append(c);
                i++;
            }
        }
        return output.ToString();
    }

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';
}
