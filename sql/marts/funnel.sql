-- grain: one row per dimension and member: the projects signed in the period and how far they got by the as-of date
-- materialized: macro(as_of)
-- depends: stg_projects
-- test: unique(dimension, member)
--
-- columns: signed, started, producing, in_stats (counts, each ≤ the one before it in a tidy ledger),
--          and the conversion of each stage from the signed count (fractions)

with params as (
    select as_of::date as as_of_date, make_date(year(as_of::date), 1, 1) as period_start
),

signed as (
    select p.* from stg_projects p, params where p.signed_on between params.period_start and params.as_of_date
),

stages as (
    select
        case when grouping(region) = 0 then 'region'
             when grouping(industry_chain) = 0 then 'industry_chain'
             when grouping(fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(region, industry_chain, fund_source, '全市') as member,
        count(*) as signed,
        count(*) filter (where started_on <= (select as_of_date from params)) as started,
        count(*) filter (where producing_on <= (select as_of_date from params)) as producing,
        count(*) filter (where in_stats_on <= (select as_of_date from params)) as in_stats
    from signed
    group by grouping sets ((region), (industry_chain), (fund_source), ())
)

select *,
    case when signed = 0 then null else started / signed end as started_rate,
    case when signed = 0 then null else producing / signed end as producing_rate,
    case when signed = 0 then null else in_stats / signed end as in_stats_rate
from stages
