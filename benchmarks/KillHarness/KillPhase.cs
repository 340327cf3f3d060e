namespace KillHarness;

/// <summary>Where an import was when it was killed, as the data directory shows it afterwards.</summary>
public enum KillPhase
{
    /// <summary>No build directory yet: starting up, taking the lock.</summary>
    BeforeBuild,
    /// <summary>A <c>versions/.building-*</c> directory: reading the ledger and writing the database.</summary>
    Building,
    /// <summary>A <c>raw/*/.partial</c> file: copying the ledger into the raw files.</summary>
    KeepingRawFile,
    /// <summary>The ledger's raw copy is complete but the build has no manifest yet.</summary>
    RawFileKept,
    /// <summary>The build's manifest is written; the build is not yet renamed into place.</summary>
    ManifestWritten,
    /// <summary>The new version renamed into place but the <c>current</c> pointer not yet switched.</summary>
    BeforeSwitch,
    /// <summary>The new version is current (killed after the switch, or the import had finished).</summary>
    AfterSwitch,
}
