namespace Analytics.Core.Digests;

/// <summary>A digest that cannot be scheduled as declared (a bad cron, time zone, rule or recipient): the message in Chinese, then English.</summary>
public sealed class DigestConfigurationException(string messageZh, string messageEn) : Exception($"{messageZh} / {messageEn}")
{
    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;
}
