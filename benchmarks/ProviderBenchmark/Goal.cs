namespace ProviderBenchmark;

/// <summary>One target of the benchmark and whether this run met it.</summary>
/// <param name="Name">What is compared, e.g. <c>read (short strings): ours vs Node API</c>.</param>
/// <param name="Measured">The measured figure, already phrased, e.g. <c>3.10× faster</c>.</param>
/// <param name="Target">The target, phrased the same way, e.g. <c>≥ 2× faster</c>.</param>
public sealed record Goal(string Name, string Measured, string Target, bool Met)
{
    public string Verdict => Met ? "PASS" : "FAIL";

    /// <summary>Formats a measured figure with invariant digits.</summary>
    public static string Phrase(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
