-- grain: one row per day and target: every day of kpis_daily, and each region (or 全市) and indicator with a
--        target in that day's year
-- materialized: table
-- depends: stg_targets, kpis_daily
-- test: unique(day, region, indicator)
-- test: accepted_values(light: green, yellow, red)
--
-- Target progress at every possible as-of date, computed once per data version; target_progress(as_of)
-- picks a day's rows. Columns as in target_progress.sql, with day as the as-of date. The four headline
-- indicators only (the traffic lights of the briefings); target_completion covers every indicator.

with targets as (
    select * from stg_targets
    where indicator in ('新签约亿元以上项目数', '新开工亿元以上项目数', '实际到位资金(亿元)', '签约总投资(亿元)')
),

kpis_by_day as (
    select * from kpis_daily
),

actuals as (
    select
        day,
        case when dimension = 'all' then '全市' else member end as region,
        signed_ge1, started_ge1, funds_in_place, signed_investment, signed_count, funds_projects
    from kpis_by_day
    where dimension in ('all', 'region')
),

days as (
    select distinct day,
        dayofyear(day) as day_of_year,
        case when (year(day) % 4 = 0 and year(day) % 100 <> 0) or year(day) % 400 = 0 then 366 else 365 end as days_in_year
    from actuals
),

progress as (
    select
        d.day,
        t.region,
        t.indicator,
        t.target,
        coalesce(case t.indicator
            when '新签约亿元以上项目数' then a.signed_ge1
            when '新开工亿元以上项目数' then a.started_ge1
            when '实际到位资金(亿元)' then a.funds_in_place
            when '签约总投资(亿元)' then a.signed_investment
        end, 0)::decimal(20, 6) as actual,
        coalesce(case t.indicator
            when '新签约亿元以上项目数' then a.signed_ge1
            when '新开工亿元以上项目数' then a.started_ge1
            when '实际到位资金(亿元)' then a.funds_projects
            when '签约总投资(亿元)' then a.signed_count
        end, 0)::bigint as projects,
        d.day_of_year,
        d.days_in_year,
        d.day_of_year / d.days_in_year::double as schedule
    from targets t
    join days d on year(d.day) = t.year
    left join actuals a on a.day = d.day and a.region = t.region
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

select day, region, indicator, target, actual, completion, schedule, light, gap, projects from lights order by day, region, indicator
