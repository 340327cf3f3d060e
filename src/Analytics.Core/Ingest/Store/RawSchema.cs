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
            key_project boolean, company_tags varchar, investor_origin varchar, signing_event varchar, strategic_emerging boolean,
            contract_foreign_capital decimal(20,6), negotiation_stage varchar, expected_signing_on date, registered_on date, lead_unit varchar,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.funds (
            project_id varchar not null, month date not null, amount decimal(20,6) not null,
            fixed_asset_investment decimal(20,6), foreign_capital_used decimal(20,6),
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.targets (
            year integer not null, region varchar not null, indicator varchar not null, target decimal(20,6) not null,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.activities (
            date date not null, region varchar not null, activity_type varchar not null, count integer not null, note varchar,
            leader varchar, enterprises integer, visitors integer, destination varchar, signed_projects integer,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.regions (
            region varchar not null, region_type varchar, position integer, lead_industries varchar, strategic_industries varchar,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.external_ranks (
            period varchar not null, year integer not null, through_month integer not null, indicator varchar not null,
            scope varchar not null, rank integer not null,
            _file varchar not null, _sheet varchar not null, _row integer not null);
        create table raw.version (id varchar, sequence integer, built_at timestamp);
        """;

    public static readonly string[] Tables = ["projects", "funds", "targets", "activities", "regions", "external_ranks"];

    /// <summary>The tables of the optional kinds (地区, 外部排名).</summary>
    public static readonly string[] OptionalTables = ["regions", "external_ranks"];
}
