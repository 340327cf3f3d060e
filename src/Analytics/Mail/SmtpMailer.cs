using System.Collections.Concurrent;
using System.Net.Sockets;
using Analytics.Core.Digests;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Analytics.Mail;

/// <summary>
/// Sends messages through the configured SMTP server with MailKit, several at once: each message in flight has its own
/// connection (STARTTLS and AUTH as configured), and a connection is kept for the next message of the batch rather than
/// opened per message. Says whether a failure is worth retrying: a 5xx reply is permanent; a 4xx reply, a refused or
/// broken connection or a timeout is not.
/// </summary>
public sealed class SmtpMailer(SmtpOptions options) : IDisposable
{
    /// <summary>A connection idle this long is checked with NOOP before it carries a message (servers drop idle clients).</summary>
    private static readonly TimeSpan CheckAfterIdle = TimeSpan.FromSeconds(10);

    private readonly ConcurrentBag<(SmtpClient Client, long IdleSince)> idle = [];

    public SmtpOptions Options => options;

    /// <summary>The configured sender.</summary>
    public MailboxAddress From { get; } = MailboxAddress.Parse(options.From);

    /// <summary>Sends one message; throws <see cref="DigestSendException"/> when it was not accepted.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        SmtpClient? client = null;
        try
        {
            client = await TakeAsync(cancellationToken);
            await client.SendAsync(DigestMessages.Format, message, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            Discard(client);
            throw new DigestSendException($"{(int)e.StatusCode} {e.Message}", permanent: (int)e.StatusCode >= 500, e);
        }
        catch (AuthenticationException e)
        {
            // The server refused the credentials (535): another attempt would be refused too.
            Discard(client);
            throw new DigestSendException($"SMTP AUTH · {e.Message}", permanent: true, e);
        }
        catch (Exception e) when (e is IOException or SocketException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
                                      or SslHandshakeException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Discard(client);
            throw new DigestSendException(Describe(e), permanent: false, e);
        }
        catch
        {
            Discard(client);
            throw;
        }
        idle.Add((client, Environment.TickCount64));
    }

    /// <summary>Closes the connections kept between messages (at the end of a batch), saying QUIT to the server.</summary>
    public async Task ReleaseAsync()
    {
        while (idle.TryTake(out var kept))
        {
            try
            {
                if (kept.Client.IsConnected) await kept.Client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or TimeoutException)
            {
                // The server has gone already: nothing was left to send on this connection.
            }
            kept.Client.Dispose();
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var kept)) kept.Client.Dispose();
    }

    /// <summary>A kept connection that still answers, or a new one.</summary>
    private async Task<SmtpClient> TakeAsync(CancellationToken cancellationToken)
    {
        while (idle.TryTake(out var kept))
        {
            if (kept.Client.IsConnected && (Environment.TickCount64 - kept.IdleSince < CheckAfterIdle.TotalMilliseconds || await AnswersAsync(kept.Client, cancellationToken)))
                return kept.Client;
            kept.Client.Dispose();
        }
        return await ConnectAsync(cancellationToken);
    }

    private static async Task<bool> AnswersAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.NoOpAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The one place the SMTP client is configured: time-out, TLS and credentials.</summary>
    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.User)) await client.AuthenticateAsync(options.User, options.Password ?? "", cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private void Discard(SmtpClient? client) => client?.Dispose();

    /// <summary>The message and its innermost cause, in one line (e.g. "Connection refused").</summary>
    private static string Describe(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return ReferenceEquals(inner, e) ? e.Message : $"{e.Message} · {inner.Message}";
    }
}
