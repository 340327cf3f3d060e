namespace Analytics.Charts.Theme;

/// <summary>The domain rule for lights, and the words and shapes that carry them besides colour.</summary>
public static class TrafficLights
{
    /// <summary>
    /// Green where completion ≥ schedule, yellow where completion ≥ schedule − 0.10, else red;
    /// <see cref="TrafficLight.None"/> where there is no completion (no target). Both are fractions.
    /// </summary>
    public static TrafficLight Classify(decimal? completion, decimal schedule) => completion switch
    {
        null => TrafficLight.None,
        var c when c >= schedule => TrafficLight.Green,
        var c when c >= schedule - 0.10m => TrafficLight.Yellow,
        _ => TrafficLight.Red,
    };

    /// <summary>The label: 绿牌, 黄牌, 红牌, or 无目标.</summary>
    public static string Label(TrafficLight light) => light switch
    {
        TrafficLight.Green => "绿牌",
        TrafficLight.Yellow => "黄牌",
        TrafficLight.Red => "红牌",
        _ => "无目标",
    };
}
