-- grain: one row per dimension and member: the projects of ≥ 1 亿元 signed in the period and how far they got by the as-of date
-- materialized: macro(as_of)
-- depends: int_members, int_project_events, int_signing_progress
-- test: unique(dimension, member)
-- test: not_null(dimension, member, population, signed, started, in_stats, producing)
--
-- The stages of a project: 签约 → 开工 → 入统 → 投产. The population is written on every row (亿元以上项目: investment
-- ≥ 1 亿元), the one of the 开工率 and 入统率 of kpis, so the funnel's shares are those rates.
-- columns:
--   population                        亿元以上项目
--   signed, started, in_stats, producing   the cohort and how many of it reached each stage by the as-of date
--   started_rate, in_stats_rate, producing_rate   each stage's share of the signed (fractions; started_rate is kpis'
--                                     start_rate, in_stats_rate its stats_rate)
--   in_stats_from_started             in_stats / started, only where every project in the statistics has started
--   producing_from_in_stats           producing / in_stats, only where every producing project is in the statistics
-- Members that signed nothing of ≥ 1 亿元 in the period have no row; the city ('all', 全市) always has one.

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
    select e.dimension, e.member, sum(e.signed_ge1) as signed
    from events e, params p
    where e.day between p.period_start and p.as_of_date
    group by e.dimension, e.member
),

reached as (
    select g.dimension, g.member,
        sum(g.started_ge1)::bigint as started,
        sum(g.in_stats_ge1)::bigint as in_stats,
        sum(g.producing_ge1)::bigint as producing,
        sum(g.in_stats_started_ge1)::bigint as in_stats_started,
        sum(g.producing_in_stats_ge1)::bigint as producing_in_stats
    from progress g, params p
    where g.signed_year = year(p.as_of_date) and g.day <= p.as_of_date
    group by g.dimension, g.member
),

stages as (
    select m.dimension, m.member,
        '亿元以上项目' as population,
        coalesce(s.signed, 0)::bigint as signed,
        coalesce(r.started, 0) as started,
        coalesce(r.in_stats, 0) as in_stats,
        coalesce(r.producing, 0) as producing,
        coalesce(r.in_stats_started, 0) as in_stats_started,
        coalesce(r.producing_in_stats, 0) as producing_in_stats
    from members m
    left join period_signings s using (dimension, member)
    left join reached r using (dimension, member)
    where s.signed > 0 or m.dimension = 'all'
)

select dimension, member, population, signed, started, in_stats, producing,
    case when signed = 0 then null else started / signed end as started_rate,
    case when signed = 0 then null else in_stats / signed end as in_stats_rate,
    case when signed = 0 then null else producing / signed end as producing_rate,
    case when started = 0 or in_stats_started < in_stats then null else in_stats / started end as in_stats_from_started,
    case when in_stats = 0 or producing_in_stats < producing then null else producing / in_stats end as producing_from_in_stats
from stages
