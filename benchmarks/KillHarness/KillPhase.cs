namespace KillHarness;

/// <summary>Where an import was when it was killed, as the data directory shows it afterwards.</summary>
public enum KillPhase
{
    /// <summary>No build directory yet: starting up, taking the lock.</summary>
    BeforeBuild,
    /// <summary>A <c>versions/.building-*</c> directory: reading the ledger and writing the database.</summary>
    Building,
    /// <summary>A <c>raw/*/.partial</c> file: keeping a copy of the ledger.</summary>
    KeepingRawFile,
    /// <summary>The new version renamed into place but the <c>current</c> pointer not yet switched.</summary>
    BeforeSwitch,
    /// <summary>The new version is current (killed after the switch, or the import had finished).</summary>
    AfterSwitch,
}
