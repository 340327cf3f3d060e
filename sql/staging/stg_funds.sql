-- grain: one row per project and month (rows of one file for the same month are added)
-- materialized: table
-- depends: raw.funds, stg_projects
-- test: unique(project_id, month)
-- test: not_null(project_id, month, amount)
-- test: relationships(project_id -> stg_projects.project_id)
--
-- columns:
--   project_id   项目编号
--   month        the first day of 到位月份
--   amount       实际到位资金, 亿元
--   fixed_asset_investment   完成固定资产投资, 亿元 (null where not given)
--   foreign_capital_used     实际利用外资, 万美元 (null where not given)

with source as (
    select * from raw.funds
),

monthly as (
    select project_id, month, sum(amount)::decimal(20, 6) as amount,
        sum(fixed_asset_investment)::decimal(20, 6) as fixed_asset_investment,
        sum(foreign_capital_used)::decimal(20, 6) as foreign_capital_used
    from source
    group by project_id, month
)

select * from monthly
