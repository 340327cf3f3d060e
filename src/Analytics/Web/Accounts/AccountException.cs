namespace Analytics.Web.Accounts;

/// <summary>A change to an account that cannot be made: the reason in Chinese and in English.</summary>
public sealed class AccountException(string messageZh, string messageEn) : Exception($"{messageZh} / {messageEn}")
{
    public string MessageZh { get; } = messageZh;

    public string MessageEn { get; } = messageEn;
}
