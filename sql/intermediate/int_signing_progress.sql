-- grain: one row per dimension, member, signing year and day: the projects signed in that year that reached a
--        stage that day, the day being the later of 签约日期 and the stage's date
-- materialized: table
-- depends: stg_projects
-- test: unique(dimension, member, signed_year, day)
--
-- "Signed in the period (1 January Y to D) and started by D" is then signed_year = Y and day ≤ D: a project
-- signed in Y and started by D was signed by D too. The funnel and the start and stats rates read this.
-- columns: started, producing, in_stats (every investment); started_ge1, in_stats_ge1, producing_ge1 (investment ≥ 1 亿元);
--          in_stats_started_ge1 (in the statistics and started, the day being the later of the two), producing_in_stats_ge1
--          (producing and in the statistics): the funnel converts between stages only where every project passed both

with projects as (
    select region, industry_chain, fund_source, investment, year(signed_on) as signed_year,
           signed_on, started_on, producing_on, in_stats_on
    from stg_projects
    where signed_on is not null
),

stages as (
    select *, 'started' as stage, greatest(signed_on, started_on) as day from projects where started_on is not null
    union all
    select *, 'producing', greatest(signed_on, producing_on) from projects where producing_on is not null
    union all
    select *, 'in_stats', greatest(signed_on, in_stats_on) from projects where in_stats_on is not null
    union all
    select *, 'in_stats_started', greatest(signed_on, in_stats_on, started_on) from projects where in_stats_on is not null and started_on is not null
    union all
    select *, 'producing_in_stats', greatest(signed_on, producing_on, in_stats_on) from projects where producing_on is not null and in_stats_on is not null
),

progress as (
    select
        case when grouping(region) = 0 then 'region'
             when grouping(industry_chain) = 0 then 'industry_chain'
             when grouping(fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(region, industry_chain, fund_source, '全市') as member,
        signed_year,
        day,
        count(*) filter (where stage = 'started') as started,
        count(*) filter (where stage = 'producing') as producing,
        count(*) filter (where stage = 'in_stats') as in_stats,
        count(*) filter (where stage = 'started' and investment >= 1) as started_ge1,
        count(*) filter (where stage = 'in_stats' and investment >= 1) as in_stats_ge1,
        count(*) filter (where stage = 'producing' and investment >= 1) as producing_ge1,
        count(*) filter (where stage = 'in_stats_started' and investment >= 1) as in_stats_started_ge1,
        count(*) filter (where stage = 'producing_in_stats' and investment >= 1) as producing_in_stats_ge1
    from stages
    group by grouping sets ((region, signed_year, day), (industry_chain, signed_year, day), (fund_source, signed_year, day), (signed_year, day))
)

select * from progress
