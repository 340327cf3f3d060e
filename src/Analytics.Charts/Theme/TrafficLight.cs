namespace Analytics.Charts.Theme;

/// <summary>The red/yellow/green warning (红黄绿亮牌) of a region's progress against the schedule.</summary>
public enum TrafficLight
{
    /// <summary>No target, so no light.</summary>
    None,
    /// <summary>Completion at or ahead of the schedule.</summary>
    Green,
    /// <summary>Behind the schedule by less than 10 percentage points.</summary>
    Yellow,
    /// <summary>Behind the schedule by 10 points or more.</summary>
    Red,
}
