-- grain: one row for 全市 and one per region with started projects
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, stg_funds, region_order
-- test: unique(region)
-- test: not_null(region, started_projects, started_investment, funds_since_signing, position)
--
-- 到资率: the funds in place since signing (every month to the as-of month) of the projects started by the as-of
-- date, over their agreed investment.
-- columns:
--   started_projects, started_investment (亿元)   projects started by the as-of date (terminated ones excluded)
--   funds_since_signing (亿元)                    their funds, from their first month to the as-of month
--   funds_ratio                                   funds_since_signing / started_investment

with period as (
    select * from int_period(as_of)
),

started as (
    select p.project_id, p.region, p.investment
    from stg_projects p, period d
    where p.started_on <= d.as_of_date and not p.is_terminated
),

funds as (
    select f.project_id, sum(f.amount) as amount
    from stg_funds f, period d
    where f.month <= d.month_start
    group by f.project_id
),

grouped as (
    select
        case when grouping(s.region) = 1 then '全市' else s.region end as region,
        count(*) as started_projects,
        coalesce(sum(s.investment), 0) as started_investment,
        coalesce(sum(f.amount), 0) as funds_since_signing
    from started s
    left join funds f using (project_id)
    group by grouping sets ((s.region), ())
)

select g.*,
    case when g.started_investment = 0 then null else g.funds_since_signing / g.started_investment end::double as funds_ratio,
    coalesce(o.position, 0) as position
from grouped g
left join region_order o using (region)
order by position
