namespace Analytics.Jobs;

/// <summary>The scheduler's store: configuration section <c>Quartz</c>.</summary>
public sealed class ClusterOptions
{
    /// <summary>Run clustered: Quartz's ADO.NET job store on PostgreSQL, shared by every <c>analytics serve</c> node, and the send log there too.</summary>
    public bool Clustered { get; set; }

    /// <summary>The PostgreSQL (Npgsql) connection string, e.g. <c>Host=db;Database=analytics;Username=analytics;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>This node's id within the cluster; empty: generated (host name and a time stamp).</summary>
    public string? InstanceId { get; set; }

    /// <summary>The prefix of Quartz's tables.</summary>
    public string TablePrefix { get; set; } = "qrtz_";

    /// <summary>Create Quartz's tables when missing, instead of requiring <c>sql/quartz/postgres.sql</c> to have been run.</summary>
    public bool ProvisionSchema { get; set; }

    /// <summary>Seconds between a node's check-ins; a node silent for about twice this is taken over.</summary>
    public double CheckinSeconds { get; set; } = 7.5;
}
