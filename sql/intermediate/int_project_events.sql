-- grain: one row per dimension, member and day on which one of its projects was signed, started, went into
--        production or entered the statistics
-- materialized: table
-- depends: stg_projects
-- test: unique(dimension, member, day)
-- test: not_null(dimension, member, day)
--
-- Daily totals, so that the marts sum a few thousand rows for any period instead of reading every project.
-- columns:
--   signed_* / started_*          projects with 签约日期 / 开工日期 that day: count, investment (亿元), counts with
--                                 investment ≥ 1, 10, 20, 50, 100 亿元; signed_industrial: 项目类型 工业
--   producing_* / in_stats_count  projects with 投产日期 / 入统日期 that day
--   construction_started_ge1      projects ≥ 1 亿元, not terminated, started that day (_outside: 省外资金)
--   construction_ended_ge1        of those, the ones whose 投产日期 falls that day, counted on the later of the start
--                                 and production days: under construction at D = started − ended, summed to D

with projects as (
    select region, industry_chain, fund_source, investment, project_type, is_terminated,
           signed_on, started_on, producing_on, in_stats_on
    from stg_projects
),

events as (
    select *, 'signed' as event, signed_on as day from projects where signed_on is not null
    union all
    select *, 'started', started_on from projects where started_on is not null
    union all
    select *, 'producing', producing_on from projects where producing_on is not null
    union all
    select *, 'in_stats', in_stats_on from projects where in_stats_on is not null
    union all
    select *, 'construction_ended', greatest(started_on, producing_on) from projects
    where started_on is not null and producing_on is not null and investment >= 1 and not is_terminated
),

daily as (
    select
        case when grouping(region) = 0 then 'region'
             when grouping(industry_chain) = 0 then 'industry_chain'
             when grouping(fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(region, industry_chain, fund_source, '全市') as member,
        day,

        -- signed that day
        count(*) filter (where event = 'signed') as signed_count,
        coalesce(sum(investment) filter (where event = 'signed'), 0) as signed_investment,
        count(*) filter (where event = 'signed' and investment >= 1) as signed_ge1,
        count(*) filter (where event = 'signed' and investment >= 10) as signed_ge10,
        count(*) filter (where event = 'signed' and investment >= 20) as signed_ge20,
        count(*) filter (where event = 'signed' and investment >= 50) as signed_ge50,
        count(*) filter (where event = 'signed' and investment >= 100) as signed_ge100,
        count(*) filter (where event = 'signed' and project_type = '工业') as signed_industrial,

        -- started that day
        count(*) filter (where event = 'started') as started_count,
        coalesce(sum(investment) filter (where event = 'started'), 0) as started_investment,
        count(*) filter (where event = 'started' and investment >= 1) as started_ge1,
        count(*) filter (where event = 'started' and investment >= 10) as started_ge10,
        count(*) filter (where event = 'started' and investment >= 20) as started_ge20,
        count(*) filter (where event = 'started' and investment >= 50) as started_ge50,
        count(*) filter (where event = 'started' and investment >= 100) as started_ge100,

        -- into production, into the statistics
        count(*) filter (where event = 'producing') as producing_count,
        coalesce(sum(investment) filter (where event = 'producing'), 0) as producing_investment,
        count(*) filter (where event = 'in_stats') as in_stats_count,

        -- into and out of construction (≥ 1 亿元, not terminated)
        count(*) filter (where event = 'started' and investment >= 1 and not is_terminated) as construction_started_ge1,
        count(*) filter (where event = 'started' and investment >= 1 and not is_terminated and fund_source = '省外资金')
            as construction_started_ge1_outside,
        count(*) filter (where event = 'construction_ended') as construction_ended_ge1,
        count(*) filter (where event = 'construction_ended' and fund_source = '省外资金') as construction_ended_ge1_outside
    from events
    group by grouping sets ((region, day), (industry_chain, day), (fund_source, day), (day))
)

select * from daily
