using MailKit.Security;

namespace Analytics.Mail;

/// <summary>The SMTP server digests are sent through: configuration section <c>Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    /// <summary>25 for plain SMTP, 587 with <see cref="StartTls"/>, 465 for TLS from the first byte.</summary>
    public int Port { get; set; } = 25;

    /// <summary>Upgrade the connection with STARTTLS before sending; refuse to send when the server does not offer it.</summary>
    public bool StartTls { get; set; }

    /// <summary>User name for SMTP AUTH; none when empty.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>江城市投资促进中心 &lt;digest@jiangcheng.gov.cn&gt;</c>.</summary>
    public string From { get; set; } = "digest@localhost";

    /// <summary>Seconds one SMTP command (connecting, each reply, the message's data) may take.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Messages sent at once (one SMTP connection each, kept for the batch).</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>Attempts per message, the first included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Seconds to wait after the first failed attempt; each later wait doubles, up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryDelaySeconds { get; set; } = 30;

    public double MaxRetryDelaySeconds { get; set; } = 600;

    /// <summary>How the connection is secured: STARTTLS when asked, TLS from the start on port 465, else none.</summary>
    public SecureSocketOptions Security => StartTls ? SecureSocketOptions.StartTls : Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
}
