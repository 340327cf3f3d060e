using Analytics.Core.Dashboards;
using Analytics.Core.Demo;
using Analytics.Core.Tests.Metrics;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>The demo ledgers as of 2021-11-30 imported once for every fixture of this namespace, with the shipped dashboards.</summary>
[SetUpFixture]
public sealed class DemoSetup
{
    public static readonly DateOnly AsOf = new(2021, 11, 30);

    private static ImportedVersion? version;

    public static ImportedVersion Version => version ?? throw new InvalidOperationException("DemoSetup has not run");

    /// <summary>The demo ledgers (streamed again on each enumeration).</summary>
    public static DemoLedgers Ledgers { get; } = DemoData.Generate(new DemoOptions { Today = AsOf });

    public static DashboardCatalog Catalog { get; } = DashboardCatalog.Load(DashboardCatalog.DefaultDirectory);

    public static Dashboard Page(string name) => Catalog.Find(name) ?? throw new InvalidOperationException($"no dashboard {name}");

    public static DashboardRenderer Renderer(string baseUrl = "") => new(Version.Reader, new PageLinks(baseUrl));

    public static PageRequest Request(Audience viewer, Period period = Period.Ytd, string? region = null, PageFlavor flavor = PageFlavor.Web, DateOnly? asOf = null) =>
        new(asOf ?? AsOf, period, region, viewer, flavor);

    /// <summary>A page written for a test: front matter with <paramref name="audience"/>, then <paramref name="body"/>.</summary>
    public static Dashboard TestPage(string body, string audience = "internal", string name = "test-page") =>
        DashboardCatalog.Parse($"/tests/{name}.md", $"---\ntitle: 测试页\naudience: {audience}\n---\n{body}");

    /// <summary>Renders a test page for a viewer.</summary>
    public static RenderedPage RenderTest(string body, Audience viewer = Audience.Internal, string audience = "internal", PageFlavor flavor = PageFlavor.Web,
        Period period = Period.Ytd, string? region = null) =>
        Renderer().Render(TestPage(body, audience), Request(viewer, period, region, flavor));

    [OneTimeSetUp]
    public void Import() => version = ImportedVersion.Create(directory => DemoLedgerFiles.WriteCsv(Ledgers, directory), AsOf);

    [OneTimeTearDown]
    public void Remove() => version?.Dispose();
}
