using System.Text;

namespace Analytics.Charts.Svg;

/// <summary>Builds the d attribute of a path from coordinates.</summary>
internal sealed class PathData
{
    private readonly StringBuilder _sb = new();

    public PathData MoveTo(double x, double y) => Add('M', x, y);
    public PathData LineTo(double x, double y) => Add('L', x, y);

    /// <summary>An elliptical arc to (x, y) of radius r.</summary>
    public PathData ArcTo(double r, bool largeArc, bool clockwise, double x, double y)
    {
        Separate();
        _sb.Append('A').Append(SvgNumber.Format(r)).Append(' ').Append(SvgNumber.Format(r)).Append(" 0 ")
           .Append(largeArc ? '1' : '0').Append(' ').Append(clockwise ? '1' : '0').Append(' ')
           .Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y));
        return this;
    }

    public PathData Close()
    {
        _sb.Append('Z');
        return this;
    }

    public bool IsEmpty => _sb.Length == 0;

    public override string ToString() => _sb.ToString();

    private PathData Add(char command, double x, double y)
    {
        Separate();
        _sb.Append(command).Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y));
        return this;
    }

    private void Separate()
    {
        if (_sb.Length > 0) _sb.Append(' ');
    }
}
