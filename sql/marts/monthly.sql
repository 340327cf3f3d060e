-- grain: one row per year (the as-of year and the one before) and month, January to the as-of month
-- materialized: macro(as_of)
-- depends: int_project_events, int_fund_months
-- test: unique(year, month)
--
-- columns: per month and cumulative from January: signed_ge1 (count ≥ 1 亿元), signed_investment,
--          started_ge1, funds (亿元). The as-of month counts projects to the as-of day (last year: the
--          same day) and funds for the whole month.

with params as (
    select as_of::date as as_of_date, (as_of::date - interval 1 year)::date as prev_as_of
),

events as (
    select * from int_project_events
),

fund_totals as (
    select * from int_fund_months
),

months as (
    select y.year, m.month, make_date(y.year, m.month, 1) as month_start,
           case when y.year = year(params.as_of_date) then params.as_of_date else params.prev_as_of end as cutoff
    from params,
         (select unnest([year(as_of_date) - 1, year(as_of_date)]) as year from params) y,
         (select unnest(range(1, month(as_of_date) + 1)) as month from params) m
),

project_months as (
    select m.year, m.month,
        coalesce(sum(e.signed_ge1), 0)::bigint as signed_ge1,
        coalesce(sum(e.signed_investment), 0)::decimal(38, 6) as signed_investment,
        coalesce(sum(e.started_ge1), 0)::bigint as started_ge1
    from months m
    left join events e
        on e.dimension = 'all' and e.day between m.month_start and least(last_day(m.month_start), m.cutoff)
    group by m.year, m.month
),

fund_months as (
    select m.year, m.month, coalesce(sum(f.amount), 0) as funds
    from months m left join fund_totals f on f.dimension = 'all' and f.month = m.month_start
    group by m.year, m.month
),

series as (
    select p.year, p.month, p.signed_ge1, p.signed_investment, p.started_ge1, f.funds
    from project_months p join fund_months f using (year, month)
)

select *,
    sum(signed_ge1) over w as signed_ge1_cumulative,
    sum(signed_investment) over w as signed_investment_cumulative,
    sum(started_ge1) over w as started_ge1_cumulative,
    sum(funds) over w as funds_cumulative
from series
window w as (partition by year order by month)
order by year, month
