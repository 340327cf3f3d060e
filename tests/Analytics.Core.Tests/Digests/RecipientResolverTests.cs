using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>Recipients: lists expanded, repeats dropped, internal digests kept to internal recipients.</summary>
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
        var (recipients, excluded, _) = Resolver.Resolve(["leadership", "regions", "Zhang@JC.gov.cn"], isInternal: false);

        Assert.That(recipients.Select(r => r.Address), Is.EqualTo(new[] { "zhang@jc.gov.cn", "li@jc.gov.cn", "jjq@jc.gov.cn" }));
        Assert.That(recipients[2].Region, Is.EqualTo("鸠江区"));
        Assert.That(excluded, Is.Empty);
    }

    [Test]
    public void An_internal_digest_goes_only_to_internal_recipients()
    {
        var (recipients, excluded, _) = Resolver.Resolve(["regions", "office@jc.gov.cn", "王科长 <wang@qq.com>"], isInternal: true);

        Assert.That(recipients.Select(r => r.Address), Is.EqualTo(new[] { "li@jc.gov.cn", "office@jc.gov.cn" }));
        Assert.That(excluded.Select(e => e.Address), Is.EqualTo(new[] { "jjq@jc.gov.cn", "wang@qq.com" }));
    }

    [Test]
    public void A_list_not_configured_adds_no_one_and_is_reported()
    {
        var (recipients, _, missing) = Resolver.Resolve(["board", "leadership", "public-subscribers"], isInternal: false);

        Assert.That(recipients.Select(r => r.Address), Is.EqualTo(new[] { "zhang@jc.gov.cn", "li@jc.gov.cn" }));
        Assert.That(missing, Is.EqualTo(new[] { "board", "public-subscribers" }));
    }

    [Test]
    public void A_bad_address_is_a_configuration_error() =>
        Assert.That(() => Resolver.Resolve(["zhang@"], false), Throws.TypeOf<DigestConfigurationException>().With.Message.Contains("zhang@"));
}
