-- grain: one row per region (所属地区) of the projects ledger
-- materialized: table
-- depends: stg_projects
-- test: unique(region)
-- test: unique(position)
-- test: not_null(region, position)
--
-- The office's own order of its regions, used wherever no ranking applies (navigation, tables, charts, messages).
-- columns:
--   region          the region's name as in the ledgers
--   position        1-based place in the official order: the order in which regions first appear in the
--                   projects ledger (file name, then sheet, then row); a 地区 ledger, where one is loaded, decides instead
--   region_type     the kind of region (e.g. 中心城区, 县); null until a 地区 ledger names it

with projects as (
    select region, source_file, source_sheet, source_row from stg_projects
),

first_seen as (
    select region, min((source_file, source_sheet, source_row)) as first_place
    from projects
    group by region
),

ordered as (
    select
        region,
        row_number() over (order by first_place, region)::integer as position,
        null::varchar as region_type
    from first_seen
)

select * from ordered
