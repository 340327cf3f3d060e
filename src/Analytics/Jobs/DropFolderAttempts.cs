using System.Text.Json;

namespace Analytics.Jobs;

/// <summary>
/// What the drop folder is importing, kept on disk (<c>inbox/.attempts.json</c>) so that a poll that never finished
/// (the process was killed, ran out of memory or crashed in native code) is known at the next poll: each file of that
/// import counts one crash. A file that crashed once is imported on its own; a file that crashed twice is set aside.
/// </summary>
public sealed class DropFolderAttempts
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string path;
    private State state;

    private DropFolderAttempts(string path, State state)
    {
        this.path = path;
        this.state = state;
    }

    /// <summary>The record of <paramref name="inbox"/>; an import left running by an earlier process counts as a crash of each of its files.</summary>
    public static DropFolderAttempts Open(string inbox)
    {
        var path = Path.Combine(inbox, ".attempts.json");
        var state = Read(path);
        var attempts = new DropFolderAttempts(path, state);
        if (state.Running.Count > 0)
        {
            var crashes = new Dictionary<string, int>(state.Crashes, StringComparer.Ordinal);
            foreach (var name in state.Running) crashes[name] = crashes.GetValueOrDefault(name) + 1;
            attempts.state = new State([], crashes);
            attempts.Save();
        }
        return attempts;
    }

    /// <summary>How many imports of this file (by name) ended with the process gone.</summary>
    public int Crashes(string name) => state.Crashes.GetValueOrDefault(name);

    /// <summary>Records, before an import starts, the files it reads.</summary>
    public void Start(IEnumerable<string> names)
    {
        state = state with { Running = names.ToList() };
        Save();
    }

    /// <summary>Records that the import ended (whatever its outcome) in this process.</summary>
    public void Finish()
    {
        state = state with { Running = [] };
        Save();
    }

    /// <summary>Forgets the files that have left the inbox (imported, failed or taken away).</summary>
    public void Retain(IEnumerable<string> names)
    {
        var present = names.ToHashSet(StringComparer.Ordinal);
        if (state.Crashes.Keys.All(present.Contains)) return;
        state = state with { Crashes = state.Crashes.Where(c => present.Contains(c.Key)).ToDictionary(StringComparer.Ordinal) };
        Save();
    }

    private void Save()
    {
        if (state.Running.Count == 0 && state.Crashes.Count == 0)
        {
            File.Delete(path);
            return;
        }
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, state, Json);
            stream.Flush(flushToDisk: true); // the record must outlive the crash it is there for
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static State Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<State>(File.ReadAllText(path), Json) ?? State.Empty : State.Empty;
        }
        catch (JsonException)
        {
            return State.Empty; // a torn record: nothing known, nothing lost but a count
        }
    }

    private sealed record State(IReadOnlyList<string> Running, IReadOnlyDictionary<string, int> Crashes)
    {
        public static readonly State Empty = new([], new Dictionary<string, int>());
    }
}
