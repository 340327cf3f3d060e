using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.WebUtilities;

namespace Analytics.Web.Accounts;

/// <summary>
/// Where the login may send the reader afterwards: only a path of one of the site's own GET routes (<c>/region</c>,
/// <c>/charts/NAME/1.svg</c>…), written with letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and <c>/</c>, with its query
/// encoded again. Anything else (another host, <c>//</c>, a backslash, a tab or line break, which browsers drop or the
/// response header refuses) gives the default page.
/// </summary>
public sealed partial class ReturnUrls(EndpointDataSource endpoints)
{
    /// <summary>The page after a login when no usable return URL was given.</summary>
    public const string DefaultPage = "/weekly-briefing";

    private static readonly string[] NeverReturnTo = ["/login", "/logout"];

    private IReadOnlyList<TemplateMatcher>? routes;

    /// <summary>The URL to redirect to: <paramref name="url"/> re-encoded when it is a path of the site's own pages, else <see cref="DefaultPage"/>.</summary>
    public string Resolve(string? url)
    {
        if (string.IsNullOrEmpty(url)) return DefaultPage;
        var question = url.IndexOf('?');
        var path = question < 0 ? url : url[..question];
        var query = question < 0 ? "" : url[(question + 1)..];
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        if (!SafePath().IsMatch(path) || path.Contains("//", StringComparison.Ordinal) || path.Contains("/.", StringComparison.Ordinal)
            || NeverReturnTo.Contains(path, StringComparer.OrdinalIgnoreCase) || !IsRoute(path))
            return DefaultPage;
        // Parsed and encoded again: a line break or any other character in the query leaves as %0A, never raw in a header.
        var pairs = QueryHelpers.ParseQuery(query).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return path + QueryString.Create(pairs);
    }

    private bool IsRoute(string path)
    {
        routes ??= endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) ?? true)
            .Select(e => e.RoutePattern.RawText)
            .Where(raw => raw is not null)
            .Select(raw => new TemplateMatcher(TemplateParser.Parse(raw!), new RouteValueDictionary()))
            .ToList();
        return routes.Any(route => route.TryMatch(path, new RouteValueDictionary()));
    }

    [GeneratedRegex("^/[A-Za-z0-9._/-]*$")]
    private static partial Regex SafePath();
}
