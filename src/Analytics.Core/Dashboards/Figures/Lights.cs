namespace Analytics.Core.Dashboards.Figures;

/// <summary>Traffic lights in words and shapes, as the office names them: 红牌 ◆, 黄牌 ▲, 绿牌 ●.</summary>
internal static class Lights
{
    public static string Word(string light) => light switch
    {
        "red" => "红牌",
        "yellow" => "黄牌",
        "green" => "绿牌",
        _ => light,
    };

    public static string Shape(string light) => light switch
    {
        "red" => "◆",
        "yellow" => "▲",
        _ => "●",
    };

    /// <summary>Severity for sorting: red first.</summary>
    public static int Order(string? light) => light switch
    {
        "red" => 0,
        "yellow" => 1,
        "green" => 2,
        _ => 3,
    };
}
