-- grain: one row per dimension and member: the projects signed in the period and how far they got by the as-of date
-- materialized: macro(as_of)
-- depends: int_members, int_project_events, int_signing_progress
-- test: unique(dimension, member)
--
-- columns: signed, started, producing, in_stats (counts, each ≤ the one before it in a tidy ledger),
--          and the conversion of each stage from the signed count (fractions). Members that signed
--          nothing in the period have no row; the city ('all', 全市) always has one.

with params as (
    select as_of::date as as_of_date, make_date(year(as_of::date), 1, 1) as period_start
),

members as (
    select * from int_members
),

events as (
    select * from int_project_events
),

progress as (
    select * from int_signing_progress
),

period_signings as (
    select e.dimension, e.member, sum(e.signed_count) as signed
    from events e, params p
    where e.day between p.period_start and p.as_of_date
    group by e.dimension, e.member
),

reached as (
    select g.dimension, g.member,
        sum(g.started)::bigint as started,
        sum(g.producing)::bigint as producing,
        sum(g.in_stats)::bigint as in_stats
    from progress g, params p
    where g.signed_year = year(p.as_of_date) and g.day <= p.as_of_date
    group by g.dimension, g.member
),

stages as (
    select m.dimension, m.member,
        coalesce(s.signed, 0)::bigint as signed,
        coalesce(r.started, 0) as started,
        coalesce(r.producing, 0) as producing,
        coalesce(r.in_stats, 0) as in_stats
    from members m
    left join period_signings s using (dimension, member)
    left join reached r using (dimension, member)
    where s.signed > 0 or m.dimension = 'all'
)

select *,
    case when signed = 0 then null else started / signed end as started_rate,
    case when signed = 0 then null else producing / signed end as producing_rate,
    case when signed = 0 then null else in_stats / signed end as in_stats_rate
from stages
