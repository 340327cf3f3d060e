using Analytics.Charts.Text;

namespace Analytics.Charts.Tests.Text;

public sealed class TextFitTests
{
    private static readonly TextStyle Style = new(12);

    [Test]
    public void Clean_folds_white_space_and_drops_control_characters() =>
        Assert.That(TextFit.Clean("  鸠江区\t\n 高新区\u0001\u0007 "), Is.EqualTo("鸠江区 高新区"));

    [Test]
    public void Clean_drops_an_unpaired_surrogate_but_keeps_a_pair() =>
        Assert.That(TextFit.Clean("a\uD800b\U0001F600"), Is.EqualTo("ab\U0001F600"));

    [Test]
    public void Shorten_keeps_text_that_fits() => Assert.That(TextFit.Shorten("鸠江区", Style, 36), Is.EqualTo("鸠江区"));

    [Test]
    public void Shorten_ends_with_an_ellipsis_within_the_width()
    {
        // 48 px holds three ideographs and the one-em ellipsis.
        var text = TextFit.Shorten("江北新区现代产业园", Style, 48);
        Assert.That(text, Is.EqualTo("江北新…"));
        Assert.That(Style.Measure(text), Is.LessThanOrEqualTo(48));
    }

    [Test]
    public void Wrap_balances_two_lines_of_Chinese() =>
        Assert.That(TextFit.Wrap("高新技术产业开发区", Style, 96, 2), Is.EqualTo(new[] { "高新技术产", "业开发区" }));

    [Test]
    public void Wrap_never_starts_a_line_with_closing_punctuation() =>
        Assert.That(TextFit.Wrap("临江县经济开发区（省级）", Style, 84, 2), Is.EqualTo(new[] { "临江县经济开", "发区（省级）" }));

    [Test]
    public void Wrap_breaks_Latin_only_at_spaces() =>
        Assert.That(TextFit.Wrap("经开区 Smart Park", Style, 70, 2), Is.EqualTo(new[] { "经开区", "Smart Park" }));

    [Test]
    public void Wrap_shortens_the_last_line_when_lines_run_out()
    {
        var lines = TextFit.Wrap("江北新区现代产业园管理委员会", Style, 48, 2);
        Assert.That(lines, Is.EqualTo(new[] { "江北新区", "现代产…" }));
    }
}
