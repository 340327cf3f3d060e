namespace Analytics.Core.Ingest.Store;

/// <summary>The raw ledger tables that only ingest writes; every row keeps its file, sheet and row.</summary>
internal static class RawSchema
{
    public const string Create = """
        create schema raw;
        create table raw.projects (
            project_id varchar not null, name varchar not null, investor varchar, region varchar not null,
            industry_chain varchar not null, fund_source varchar not null, investment decimal(20,6) not null,
            signed_on date, started_on date, producing_on date, in_stats_on date, status varchar,
            project_type varchar, investor_type varchar, method varchar,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.funds (
            project_id varchar not null, month date not null, amount decimal(20,6) not null,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.targets (
            year integer not null, region varchar not null, indicator varchar not null, target decimal(20,6) not null,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.activities (
            date date not null, region varchar not null, activity_type varchar not null, count integer not null, note varchar,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.version (id varchar, sequence integer, built_at timestamp);
        """;

    public static readonly string[] Tables = ["projects", "funds", "targets", "activities"];
}
