namespace Analytics.Core.Dashboards;

/// <summary>What a page is rendered for: the web site, an HTML e-mail (inline styles, <c>cid:</c> images, absolute links), or plain text.</summary>
public enum PageFlavor
{
    Web,
    Email,
    Text,
}
