using Analytics.Charts.Specs;

namespace Analytics.Jobs;

/// <summary>
/// A dashboard page rendered for e-mail: the subject, body HTML (inline CSS, charts as <c>&lt;img src="cid:ContentId"&gt;</c>),
/// the same figures as plain text, the charts to attach, and the page's address on the site.
/// </summary>
/// <param name="Title">The page's title.</param>
/// <param name="Subject">The digest's subject for this page and date.</param>
/// <param name="Html">E-mail-safe HTML of the page's body.</param>
/// <param name="Text">The same figures as plain text.</param>
/// <param name="DataVersion">The data version the figures come from.</param>
/// <param name="Charts">The charts the HTML references, by Content-ID.</param>
/// <param name="Link">The page on the site, absolute.</param>
public sealed record DigestPage(string Title, string Subject, string Html, string Text, string DataVersion, IReadOnlyList<DigestChart> Charts, string Link);

/// <summary>A chart of a page and the Content-ID its image is referenced by.</summary>
public sealed record DigestChart(string ContentId, ChartSpec Spec);
