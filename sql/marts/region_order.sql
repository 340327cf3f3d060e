-- grain: one row per region (全市 excluded)
-- materialized: table
-- depends: stg_regions, stg_projects
-- test: unique(region)
-- test: unique(position)
-- test: not_null(region, position)
--
-- The official order of the regions, used wherever no ranking applies: the 地区 ledger's 排序 when that ledger
-- is loaded (rows without 排序 after those with one, in the ledger's row order; regions only the projects
-- ledger names come last, in their order of first appearance), else the order of first appearance in the
-- projects ledger (file, sheet, row).
-- columns:
--   region        所属地区
--   position      1-based
--   region_type   地区 › 类型 (null without the 地区 ledger)

with listed as (
    select region, region_type, 0 as source_rank, coalesce(position, 2147483647) as listed_position, row_order as first_seen
    from stg_regions
    where region <> '全市'
),

project_rows as (
    select region, row_number() over (order by source_file, source_sheet, source_row) as row_order from stg_projects
),

appearing as (
    select region, null::varchar as region_type, 1 as source_rank, 2147483647 as listed_position, min(row_order) as first_seen
    from project_rows
    where region not in (select region from listed)
    group by region
),

ordered as (
    select region, row_number() over (order by source_rank, listed_position, first_seen, region)::integer as position, region_type
    from (select * from listed union all select * from appearing)
)

select * from ordered order by position
