using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>Recipients: lists expanded, repeats dropped, internal digests kept to internal recipients, subjects filled in.</summary>
public sealed class RecipientResolverTests
{
    private static readonly RecipientResolver Resolver = new(
        new Dictionary<string, IReadOnlyList<DigestRecipient>>
        {
            ["leadership"] = [new("zhang@jc.gov.cn", "张主任"), new("li@jc.gov.cn")],
            ["regions"] = [new("jjq@jc.gov.cn", null, "鸠江区"), new("li@jc.gov.cn")],
        },
        ["leadership", "office@jc.gov.cn"]);

    [Test]
    public void Lists_expand_in_order_and_an_address_named_twice_is_sent_once()
    {
        var (recipients, excluded) = Resolver.Resolve(["leadership", "regions", "Zhang@JC.gov.cn"], isInternal: false);

        Assert.That(recipients.Select(r => r.Address), Is.EqualTo(new[] { "zhang@jc.gov.cn", "li@jc.gov.cn", "jjq@jc.gov.cn" }));
        Assert.That(recipients[2].Region, Is.EqualTo("鸠江区"));
        Assert.That(excluded, Is.Empty);
    }

    [Test]
    public void An_internal_digest_goes_only_to_internal_recipients()
    {
        var (recipients, excluded) = Resolver.Resolve(["regions", "office@jc.gov.cn", "王科长 <wang@qq.com>"], isInternal: true);

        Assert.That(recipients.Select(r => r.Address), Is.EqualTo(new[] { "li@jc.gov.cn", "office@jc.gov.cn" }));
        Assert.That(excluded.Select(e => e.Address), Is.EqualTo(new[] { "jjq@jc.gov.cn", "wang@qq.com" }));
    }

    [Test]
    public void An_unknown_list_or_a_bad_address_is_a_configuration_error()
    {
        Assert.That(() => Resolver.Resolve(["board"], false), Throws.TypeOf<DigestConfigurationException>().With.Message.Contains("Digests:Lists:board"));
        Assert.That(() => Resolver.Resolve(["zhang@"], false), Throws.TypeOf<DigestConfigurationException>().With.Message.Contains("zhang@"));
    }

    [Test]
    public void Subjects_fill_in_title_date_and_region()
    {
        var subject = SubjectTemplate.Parse("{title}·{region}（截至{as_of_zh}，{as_of}）").Format("招商引资周报", new DateOnly(2024, 5, 5), null);
        Assert.That(subject, Is.EqualTo("招商引资周报·全市（截至2024年5月5日，2024-05-05）"));
        Assert.That(SubjectTemplate.Parse("").Format("统计月报", new DateOnly(2024, 4, 30), "鸠江区"), Is.EqualTo("统计月报（截至2024年4月30日）"));
        Assert.That(() => SubjectTemplate.Parse("{title} {date}"), Throws.TypeOf<DigestConfigurationException>().With.Message.Contains("{date}"));
    }
}
