-- grain: one row per dimension, member, year (the as-of year and the one before) and month, January to the
--        as-of month: dimension 'all' (member 全市), 'region', 'industry_chain' or 'fund_source'
-- materialized: macro(as_of)
-- depends: int_members, int_project_events, int_fund_months
-- test: unique(dimension, member, year, month)
-- test: not_null(dimension, member, year, month, signed_ge1, funds)
--
-- The monthly series of every member (monthly reads the city's rows). The as-of month counts projects to the
-- as-of day (last year: the same day) and funds for the whole month.
-- columns, per month and cumulative from January (*_cumulative):
--   signed_ge1, started_ge1   projects ≥ 1 亿元 signed / started
--   signed_investment         协议总投资 of every project signed (亿元); signed_count: how many projects that is
--   funds                     实际到位资金 (亿元); funds_projects: the distinct projects behind it (cumulative: distinct
--                             over the months to date). Public pages withhold a figure built from fewer than 3 projects.

with params as (
    select as_of::date as as_of_date, (as_of::date - interval 1 year)::date as prev_as_of
),

members as (
    select * from int_members
),

events as (
    select * from int_project_events
),

fund_totals as (
    select * from int_fund_months
),

months as (
    select mb.dimension, mb.member, y.year, m.month, make_date(y.year, m.month, 1) as month_start,
           case when y.year = year(params.as_of_date) then params.as_of_date else params.prev_as_of end as cutoff
    from params,
         members mb,
         (select unnest([year(as_of_date) - 1, year(as_of_date)]) as year from params) y,
         (select unnest(range(1, month(as_of_date) + 1)) as month from params) m
),

project_months as (
    select m.dimension, m.member, m.year, m.month,
        coalesce(sum(e.signed_ge1), 0)::bigint as signed_ge1,
        coalesce(sum(e.signed_investment), 0)::decimal(38, 6) as signed_investment,
        coalesce(sum(e.started_ge1), 0)::bigint as started_ge1,
        coalesce(sum(e.signed_count), 0)::bigint as signed_count
    from months m
    left join events e
        on e.dimension = m.dimension and e.member = m.member
        and e.day between m.month_start and least(last_day(m.month_start), m.cutoff)
    group by m.dimension, m.member, m.year, m.month
),

fund_months as (
    select m.dimension, m.member, m.year, m.month,
        coalesce(sum(f.amount), 0) as funds,
        coalesce(sum(f.projects), 0)::bigint as funds_projects,
        coalesce(sum(f.new_projects), 0)::bigint as funds_new_projects
    from months m
    left join fund_totals f on f.dimension = m.dimension and f.member = m.member and f.month = m.month_start
    group by m.dimension, m.member, m.year, m.month
),

series as (
    select p.dimension, p.member, p.year, p.month, p.signed_ge1, p.signed_investment, p.started_ge1, f.funds,
           p.signed_count, f.funds_projects, f.funds_new_projects
    from project_months p join fund_months f using (dimension, member, year, month)
),

cumulative as (
    select * exclude (funds_new_projects),
        (sum(signed_ge1) over w)::bigint as signed_ge1_cumulative,
        sum(signed_investment) over w as signed_investment_cumulative,
        (sum(started_ge1) over w)::bigint as started_ge1_cumulative,
        sum(funds) over w as funds_cumulative,
        (sum(signed_count) over w)::bigint as signed_count_cumulative,
        (sum(funds_new_projects) over w)::bigint as funds_projects_cumulative
    from series
    window w as (partition by dimension, member, year order by month)
)

select * from cumulative order by dimension, member, year, month
