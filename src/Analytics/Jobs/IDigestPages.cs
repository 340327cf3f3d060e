namespace Analytics.Jobs;

/// <summary>
/// Where digests come from: the declared digests, and their pages rendered for e-mail. Dashboards with
/// digests in their front matter are one source; digests declared in configuration
/// (<see cref="HeadlineDigestPages"/>) another.
/// </summary>
public interface IDigestPages
{
    /// <summary>Every declared digest.</summary>
    IReadOnlyList<DigestDeclaration> Digests { get; }

    /// <summary>
    /// The digest's page as of <paramref name="asOf"/> for each of <paramref name="regions"/> (null: the whole
    /// jurisdiction), rendered from one data version for the whole batch.
    /// </summary>
    IReadOnlyDictionary<string, DigestPage> Render(DigestDeclaration digest, DateOnly asOf, IReadOnlyCollection<string?> regions);
}
