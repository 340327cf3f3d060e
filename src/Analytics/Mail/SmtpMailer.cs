using System.Collections.Concurrent;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;
using Analytics.Core.Digests;

namespace Analytics.Mail;

/// <summary>
/// Sends messages through the configured SMTP server with System.Net.Mail, several at once (one client per
/// message in flight), and says whether a failure is worth retrying: a 5xx reply is permanent; a 4xx reply,
/// a refused or broken connection or a timeout is not.
/// </summary>
public sealed class SmtpMailer(SmtpOptions options) : IDisposable
{
    private readonly ConcurrentBag<SmtpClient> idle = [];

    public SmtpOptions Options => options;

    /// <summary>The configured sender.</summary>
    public MailAddress From { get; } = new(options.From);

    /// <summary>Sends one message; throws <see cref="DigestSendException"/> when it was not accepted.</summary>
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var client = idle.TryTake(out var pooled) ? pooled : Create();
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (SmtpException e)
        {
            client.Dispose();
            var code = e is SmtpFailedRecipientException recipient ? recipient.StatusCode : e.StatusCode;
            var permanent = (int)code >= 500;
            throw new DigestSendException($"{(int)code} {Describe(e)}", permanent, e);
        }
        catch (Exception e) when (e is IOException or SocketException or AuthenticationException or TimeoutException)
        {
            client.Dispose();
            throw new DigestSendException(Describe(e), permanent: false, e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        idle.Add(client);
    }

    public void Dispose()
    {
        while (idle.TryTake(out var client)) client.Dispose();
    }

    private SmtpClient Create()
    {
        var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.StartTls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(options.User))
            client.Credentials = new NetworkCredential(options.User, options.Password);
        else
            client.UseDefaultCredentials = false;
        return client;
    }

    /// <summary>The message and its innermost cause, in one line (e.g. "Failure sending mail. · Connection refused").</summary>
    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return ReferenceEquals(inner, e) ? e.Message : $"{e.Message} · {inner.Message}";
    }
}
