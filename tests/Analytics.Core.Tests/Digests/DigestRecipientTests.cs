using Analytics.Core.Digests;

namespace Analytics.Core.Tests.Digests;

/// <summary>One recipient as configured: an address, or a display name and an address (MimeKit's parser).</summary>
public sealed class DigestRecipientTests
{
    [TestCase("wang@jiangcheng.gov.cn", "wang@jiangcheng.gov.cn", null)]
    [TestCase("  Wang@JiangCheng.gov.cn ", "wang@jiangcheng.gov.cn", null)]
    [TestCase("王科长 <wang@jiangcheng.gov.cn>", "wang@jiangcheng.gov.cn", "王科长")]
    [TestCase("\"Wang, Li\" <li.wang@jiangcheng.gov.cn>", "li.wang@jiangcheng.gov.cn", "Wang, Li")]
    [TestCase("digest@localhost", "digest@localhost", null)]
    public void Reads_the_address_in_lower_case_and_the_name(string text, string address, string? name)
    {
        var recipient = DigestRecipient.Parse(text, "鸠江区");

        Assert.That((recipient.Address, recipient.Name, recipient.Region), Is.EqualTo((address, name, "鸠江区")));
    }

    [TestCase("zhang@")]
    [TestCase("zhang")]
    [TestCase("zhang@intranet")]
    [TestCase("张主任 <>")]
    [TestCase("")]
    public void A_malformed_address_is_a_configuration_error_naming_it(string text) =>
        Assert.That(() => DigestRecipient.Parse(text), Throws.TypeOf<DigestConfigurationException>().With.Message.Contains($"「{text}」"));
}
