namespace Analytics.Core.Digests;

/// <summary>A message that could not be sent: <see cref="Permanent"/> when trying again cannot help (a rejected address), otherwise worth a retry.</summary>
public sealed class DigestSendException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
