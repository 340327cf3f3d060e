using Analytics.Core.Dashboards;

namespace Analytics.Core.Tests.Dashboards;

/// <summary>Ordinary Markdown of a page in the plain text of a digest.</summary>
public sealed class MarkdownTextTests
{
    [Test]
    public void Headings_lists_links_and_quotes_read_as_plain_text()
    {
        var text = DemoSetup.RenderTest("""
            # 标题

            ## 小节

            - 第一项：{{ signed.atLeast.1 }}个
            - 第二项，见[地区页](/region?asOf=2021-11-30)

            1. 甲
            2. 乙

            > 引用的话

            | 指标 | 数值 |
            |---|---|
            | 签约 | {{ signed.count }} |
            """, flavor: PageFlavor.Text).Text;

        Assert.That(text, Is.EqualTo("""
            标题
            ====

            【小节】

            - 第一项：643个
            - 第二项，见地区页（/region?asOf=2021-11-30）

            1. 甲
            2. 乙

            > 引用的话

            指标 | 数值
            签约 | 720

            """.ReplaceLineEndings("\n")));
    }
}
