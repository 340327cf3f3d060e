-- grain: one row for 全市 and one per region with an indicator or a signing in the period
-- materialized: macro(as_of)
-- depends: indicator_actuals, int_period, stg_projects, region_order
-- test: unique(region)
-- test: not_null(region, signed_count, signed_count_prev, investment, investment_prev, fixed_asset_investment, foreign_capital_used, position)
--
-- The second edition's headline figures with last year's and the change: all-size signings ("全年累计签约项目1212个，
-- 投资总额1253.9亿元"), fixed-asset investment ("实际形成固定资产投资3.19亿元") and foreign capital ("实际利用外资X万美元").
-- columns:
--   signed_count(_prev), count_difference, count_yoy        projects signed (all sizes); yoy a fraction (null where last year had none)
--   investment(_prev), investment_difference, investment_yoy   their agreed investment, 亿元
--   fixed_asset_investment(_prev), fixed_asset_difference, fixed_asset_yoy      完成固定资产投资, 亿元, January to the as-of month
--   foreign_capital_used(_prev), foreign_capital_difference, foreign_capital_yoy   实际利用外资, 万美元
--   contract_foreign_capital(_prev)    合同外资 (万美元) of the projects signed in the period
--   foreign_projects                   the projects behind foreign_capital_used (public pages need 3 or more)
--   position                           0 for 全市, else the region's official position

with period as (
    select * from int_period(as_of)
),

actuals as (
    select * from indicator_actuals(as_of)
    where indicator in ('签约项目数', '签约总投资(亿元)', '完成固定资产投资(亿元)', '实际利用外资(万美元)')
),

contracts as (
    select
        case when grouping(region) = 1 then '全市' else region end as region,
        coalesce(sum(contract_foreign_capital) filter (where signed_on >= d.period_start), 0) as contract_foreign_capital,
        coalesce(sum(contract_foreign_capital) filter (where signed_on < d.period_start), 0) as contract_foreign_capital_prev
    from stg_projects, period d
    where signed_on between d.period_start and d.as_of_date or signed_on between d.prev_start and d.prev_as_of
    group by grouping sets ((region), ())
),

pivoted as (
    select
        region,
        coalesce(max(actual) filter (where indicator = '签约项目数'), 0)::bigint as signed_count,
        coalesce(max(actual_prev) filter (where indicator = '签约项目数'), 0)::bigint as signed_count_prev,
        coalesce(max(actual) filter (where indicator = '签约总投资(亿元)'), 0) as investment,
        coalesce(max(actual_prev) filter (where indicator = '签约总投资(亿元)'), 0) as investment_prev,
        coalesce(max(actual) filter (where indicator = '完成固定资产投资(亿元)'), 0) as fixed_asset_investment,
        coalesce(max(actual_prev) filter (where indicator = '完成固定资产投资(亿元)'), 0) as fixed_asset_investment_prev,
        coalesce(max(actual) filter (where indicator = '实际利用外资(万美元)'), 0) as foreign_capital_used,
        coalesce(max(actual_prev) filter (where indicator = '实际利用外资(万美元)'), 0) as foreign_capital_used_prev,
        coalesce(max(projects) filter (where indicator = '实际利用外资(万美元)'), 0) as foreign_projects
    from actuals
    group by region
),

compared as (
    select
        p.region,
        p.signed_count, p.signed_count_prev,
        p.signed_count - p.signed_count_prev as count_difference,
        case when p.signed_count_prev = 0 then null else (p.signed_count - p.signed_count_prev) / p.signed_count_prev end::double as count_yoy,
        p.investment, p.investment_prev,
        p.investment - p.investment_prev as investment_difference,
        case when p.investment_prev = 0 then null else (p.investment - p.investment_prev) / p.investment_prev end::double as investment_yoy,
        p.fixed_asset_investment, p.fixed_asset_investment_prev,
        p.fixed_asset_investment - p.fixed_asset_investment_prev as fixed_asset_difference,
        case when p.fixed_asset_investment_prev = 0 then null
             else (p.fixed_asset_investment - p.fixed_asset_investment_prev) / p.fixed_asset_investment_prev end::double as fixed_asset_yoy,
        p.foreign_capital_used, p.foreign_capital_used_prev,
        p.foreign_capital_used - p.foreign_capital_used_prev as foreign_capital_difference,
        case when p.foreign_capital_used_prev = 0 then null
             else (p.foreign_capital_used - p.foreign_capital_used_prev) / p.foreign_capital_used_prev end::double as foreign_capital_yoy,
        coalesce(c.contract_foreign_capital, 0) as contract_foreign_capital,
        coalesce(c.contract_foreign_capital_prev, 0) as contract_foreign_capital_prev,
        p.foreign_projects,
        coalesce(o.position, 0) as position
    from pivoted p
    left join contracts c using (region)
    left join region_order o using (region)
)

select * from compared order by position
