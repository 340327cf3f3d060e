-- grain: one row per month of the as-of year, January to the as-of month
-- materialized: macro(as_of)
-- depends: int_period, stg_projects
-- test: unique(month)
-- test: not_null(month, signed_ge50, started_ge50)
--
-- The months with a signing or a start of ≥ 50 亿元 ("月月有50亿元以上项目签约或开工").
-- columns:
--   month            its first day
--   signed_ge50      projects of ≥ 50 亿元 signed that month (to the as-of date)
--   started_ge50     projects of ≥ 50 亿元 started that month (to the as-of date)
--   has_ge50         either is above 0

with period as (
    select * from int_period(as_of)
),

calendar as (
    select unnest(generate_series(d.period_start, d.month_start, interval 1 month))::date as month from period d
),

events as (
    select date_trunc('month', p.signed_on)::date as month, 1 as signed, 0 as started
    from stg_projects p, period d
    where p.investment >= 50 and p.signed_on between d.period_start and d.as_of_date
    union all
    select date_trunc('month', p.started_on)::date, 0, 1
    from stg_projects p, period d
    where p.investment >= 50 and p.started_on between d.period_start and d.as_of_date
)

select c.month,
    coalesce(sum(e.signed), 0) as signed_ge50,
    coalesce(sum(e.started), 0) as started_ge50,
    coalesce(sum(e.signed + e.started), 0) > 0 as has_ge50
from calendar c
left join events e using (month)
group by c.month
order by c.month
