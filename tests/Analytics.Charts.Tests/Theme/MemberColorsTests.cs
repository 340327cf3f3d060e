using Analytics.Charts.Theme;

namespace Analytics.Charts.Tests.Theme;

public sealed class MemberColorsTests
{
    [Test]
    public void Registered_members_take_the_palette_in_their_dimension_order()
    {
        var colors = MemberColors.Default;
        Assert.That(colors.ColorOf("省外资金"), Is.EqualTo("#332288"));
        Assert.That(colors.ColorOf("产业基金"), Is.EqualTo("#88CCEE"));
        Assert.That(colors.ColorOf("新能源汽车"), Is.EqualTo("#332288"));
        Assert.That(colors.ColorOf("现代服务业"), Is.EqualTo("#6E6E6E"));
    }

    [Test]
    public void A_member_keeps_its_colour_whichever_chart_and_company_it_appears_in()
    {
        var colors = new MemberColors(["鸠江区", "江北新区", "高新区", "经开区", "临江县", "青山县", "东湖区"]);
        var inRanking = colors.ColorsFor(["东湖区", "鸠江区", "高新区"]);
        var inDonut = colors.ColorsFor(["高新区", "东湖区"]);
        Assert.That(inRanking[0], Is.EqualTo(inDonut[1]));
        Assert.That(inRanking[2], Is.EqualTo(inDonut[0]));
        Assert.That(inRanking[2], Is.EqualTo("#44AA99"));
    }

    [Test]
    public void Unregistered_members_in_one_chart_get_distinct_colours()
    {
        var names = Enumerable.Range(1, 10).Select(i => $"项目{i}").ToList();
        Assert.That(MemberColors.Default.ColorsFor(names).Distinct().Count(), Is.EqualTo(10));
    }

    [Test]
    public void An_unregistered_member_alone_always_gets_its_hashed_colour() =>
        Assert.That(MemberColors.Default.ColorsFor(["某园区"])[0], Is.EqualTo(MemberColors.Default.ColorOf("某园区")));

    [Test]
    public void Categorical_colours_differ_in_lightness_between_neighbours()
    {
        // Neighbours stay apart in greyscale: relative luminance differs by at least 0.05.
        var l = Palette.Categorical.Select(Palette.Luminance).ToList();
        for (var i = 1; i < l.Count; i++)
            Assert.That(Math.Abs(l[i] - l[i - 1]), Is.GreaterThanOrEqualTo(0.05), $"{Palette.Categorical[i - 1]} / {Palette.Categorical[i]}");
    }

    [Test]
    public void The_ordinal_ramp_gets_darker_step_by_step()
    {
        var l = Palette.Sequential(5).Select(Palette.Luminance).ToList();
        Assert.That(l, Is.Ordered.Descending);
        Assert.That(l.Distinct().Count(), Is.EqualTo(5));
    }

    [Test]
    public void Text_on_a_dark_fill_is_white_and_on_a_light_fill_dark()
    {
        Assert.That(Palette.TextOn("#1F5A96"), Is.EqualTo("#FFFFFF"));
        Assert.That(Palette.TextOn("#DDCC77"), Is.EqualTo("#1A1A1A"));
    }
}
