-- grain: one row per 投资主体性质 among the projects signed in the period
-- materialized: macro(as_of)
-- depends: int_investor_signings
-- test: unique(investor_type)
--
-- columns: projects, investment (亿元), and their shares of the period's signings (fractions)

with params as (
    select as_of::date as as_of_date, make_date(year(as_of::date), 1, 1) as period_start
),

signings as (
    select * from int_investor_signings
),

signed as (
    select s.* from signings s, params p where s.day between p.period_start and p.as_of_date
),

grouped as (
    select investor_type, sum(projects)::bigint as projects, sum(investment) as investment from signed group by investor_type
)

select *,
    projects / sum(projects) over () as project_share,
    case when sum(investment) over () = 0 then null else investment / sum(investment) over () end::double as investment_share
from grouped
order by projects desc, investor_type
