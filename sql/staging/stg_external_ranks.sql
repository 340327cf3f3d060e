-- grain: one row per period, indicator and scope of 外部排名
-- materialized: table
-- depends: raw.external_ranks
-- test: unique(year, through_month, indicator, scope)
-- test: not_null(period, year, through_month, indicator, scope, rank)
--
-- columns:
--   period          期间 as written (2021年1—11月)
--   year, through_month   the period: January to through_month of year (12 for a whole year)
--   indicator       指标 (as in the targets table, or free text)
--   scope           范围: 全省 / 全市
--   rank            名次, 1 first

with source as (
    select * from raw.external_ranks
),

renamed as (
    select period, year, through_month, indicator, scope, rank from source
)

select * from renamed
