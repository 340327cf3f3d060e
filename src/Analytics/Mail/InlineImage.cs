namespace Analytics.Mail;

/// <summary>A PNG shown inside the HTML part, referenced there as <c>cid:ContentId</c>.</summary>
/// <param name="ContentId">The Content-ID without angle brackets, e.g. <c>chart-2@digest</c>.</param>
/// <param name="Png">The image bytes.</param>
/// <param name="Description">Alternative text (the chart's title).</param>
public sealed record InlineImage(string ContentId, byte[] Png, string Description);
