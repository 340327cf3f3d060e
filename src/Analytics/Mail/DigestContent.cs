namespace Analytics.Mail;

/// <summary>
/// What one digest message says, before it becomes MIME: built from a dashboard page rendered for e-mail
/// (HTML with inline CSS whose charts are <c>&lt;img src="cid:…"&gt;</c>), its plain-text twin with the same
/// figures, the chart images, and the page's address on the site.
/// </summary>
/// <param name="Subject">The subject line (any Unicode; encoded as UTF-8 on the wire).</param>
/// <param name="Title">The page's title, the HTML document's title.</param>
/// <param name="Html">The page's body for e-mail: safe HTML with inline styles only.</param>
/// <param name="Text">The same figures as plain text.</param>
/// <param name="Images">The inline PNGs the HTML references by Content-ID.</param>
/// <param name="PageLink">The page on the site, as an absolute URL.</param>
public sealed record DigestContent(string Subject, string Title, string Html, string Text, IReadOnlyList<InlineImage> Images, string PageLink);
