namespace Analytics.Core.Dashboards;

/// <summary>Who a page is for, and who is viewing it: the public (aggregates only) or the office's own staff.</summary>
public enum Audience
{
    Public,
    Internal,
}
