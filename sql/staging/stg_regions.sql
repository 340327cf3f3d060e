-- grain: one row per region of 地区 (the 全市 row included)
-- materialized: table
-- depends: raw.regions
-- test: unique(region)
-- test: not_null(region)
--
-- columns:
--   region, region_type         所属地区, 类型 (中心城区 / 县市 / 开发区 / 园区)
--   position                    排序 as written (null where the ledger has none)
--   row_order                   the row's order in the ledger (file, sheet, row), 1 first
--   lead_industries             主导产业, a list of 产业链 names
--   strategic_industries        战略性新兴产业 (the 全市 row's), a list of 产业链 names

with source as (
    select * from raw.regions
),

renamed as (
    select
        region,
        region_type,
        position,
        row_number() over (order by _file, _sheet, _row) as row_order,
        case when lead_industries is null then null else string_split(lead_industries, '、') end as lead_industries,
        case when strategic_industries is null then null else string_split(strategic_industries, '、') end as strategic_industries
    from source
)

select * from renamed
