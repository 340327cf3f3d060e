-- grain: one row per region (or 全市) and indicator with a target in the as-of year
-- materialized: macro(as_of)
-- depends: stg_targets, kpis
-- test: unique(region, indicator)
-- test: accepted_values(light: green, yellow, red)
--
-- columns:
--   target, actual      the year's target and the actual to the as-of date (亿元 or a count)
--   completion          actual / target (null for a target of 0)
--   schedule            day of year of the as-of date / days in the year
--   light               green where completion ≥ schedule, yellow where ≥ schedule − 0.10, else red;
--                       a target of 0 is met (green); compared in exact decimals (actual × days against
--                       day × target), so a completion exactly on a boundary is not lost to binary fractions
--   gap                 completion − schedule

with params as (
    select as_of::date as as_of_date,
           dayofyear(as_of::date) as day_of_year,
           case when (year(as_of::date) % 4 = 0 and year(as_of::date) % 100 <> 0) or year(as_of::date) % 400 = 0 then 366 else 365 end as days_in_year
),

targets as (
    select t.* from stg_targets t, params where t.year = year(params.as_of_date)
),

actuals as (
    select
        case when dimension = 'all' then '全市' else member end as region,
        signed_ge1, started_ge1, funds_in_place, signed_investment
    from kpis((select as_of_date from params))
    where dimension in ('all', 'region')
),

progress as (
    select
        t.region,
        t.indicator,
        t.target,
        coalesce(case t.indicator
            when '新签约亿元以上项目数' then a.signed_ge1
            when '新开工亿元以上项目数' then a.started_ge1
            when '实际到位资金(亿元)' then a.funds_in_place
            when '签约总投资(亿元)' then a.signed_investment
        end, 0)::decimal(20, 6) as actual,
        params.day_of_year,
        params.days_in_year,
        params.day_of_year / params.days_in_year::double as schedule
    from targets t
    cross join params
    left join actuals a on a.region = t.region
),

lit as (
    select *,
        case when target = 0 then null else actual / target end::double as completion
    from progress
),

lights as (
    select *,
        case when target = 0 or actual * days_in_year >= day_of_year * target then 'green'
             when actual * days_in_year * 10 >= (day_of_year * 10 - days_in_year) * target then 'yellow'
             else 'red' end as light,
        completion - schedule as gap
    from lit
)

select region, indicator, target, actual, completion, schedule, light, gap from lights
