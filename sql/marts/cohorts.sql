-- grain: one row per cohort (新引进, 续建) for 全市 and each region with projects in it
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, stg_funds, region_order
-- test: unique(region, cohort)
-- test: accepted_values(cohort: 新引进, 续建)
-- test: not_null(region, cohort, projects, investment, funds, position)
--
-- The projects under implementation in the as-of year: 新引进, signed in the period; 续建, signed before the year
-- and not producing before it (投产日期 empty or in the year), not terminated.
-- columns:
--   projects, investment (亿元)    the cohort's projects and their agreed investment
--   started                        of those, started by the as-of date
--   funds                          their funds in place, January to the as-of month (亿元)

with period as (
    select * from int_period(as_of)
),

members as (
    select p.project_id, p.region, p.investment, p.started_on,
        case when p.signed_on >= d.period_start then '新引进' else '续建' end as cohort
    from stg_projects p, period d
    where p.signed_on between d.period_start and d.as_of_date
       or (p.signed_on < d.period_start and not p.is_terminated and (p.producing_on is null or p.producing_on >= d.period_start))
),

funds as (
    select f.project_id, sum(f.amount) as funds
    from stg_funds f, period d
    where f.month between d.period_start and d.month_start
    group by f.project_id
),

grouped as (
    select
        case when grouping(m.region) = 1 then '全市' else m.region end as region,
        m.cohort,
        count(*) as projects,
        sum(m.investment) as investment,
        count(*) filter (where m.started_on <= d.as_of_date) as started,
        coalesce(sum(f.funds), 0) as funds
    from members m
    cross join period d
    left join funds f using (project_id)
    group by grouping sets ((m.region, m.cohort), (m.cohort))
)

select g.*, coalesce(o.position, 0) as position
from grouped g
left join region_order o using (region)
order by position, cohort
