-- grain: one row per day and dimension/member: every day from 1 January of the year before the data's first
--        year to 31 December of its last year, dimension 'all' (member 全市), 'region', 'industry_chain' or
--        'fund_source'
-- materialized: table
-- depends: int_members, int_project_events, int_signing_progress, int_fund_months
-- test: unique(day, dimension, member)
-- test: not_null(day, dimension, member, signed_count, funds_in_place)
--
-- The kpis of every possible as-of date, computed once per data version (a few tens of thousands of rows,
-- whatever the number of projects), so that kpis(as_of) and what reads it only pick rows. The columns are
-- those of kpis (see kpis.sql), with day as the as-of date. How: the daily totals on a dense calendar,
-- summed from 1 January to each day (the period), from the start of the data to each day (under
-- construction), and paired with the same day one year earlier (29 February becomes 28 February).

with members as (
    select * from int_members
),

events as (
    select * from int_project_events
),

progress as (
    select * from int_signing_progress
),

fund_months as (
    select * from int_fund_months
),

bounds as (
    select make_date(year(min(day)) - 1, 1, 1) as first_day, make_date(year(max(day)), 12, 31) as last_day
    from events
    where dimension = 'all'
),

calendar as (
    select unnest(generate_series(first_day, last_day, interval 1 day))::date as day from bounds
),

grid as (
    select m.dimension, m.member, c.day from members m cross join calendar c
),

signing_progress as (
    -- projects signed in a day's year, started / in statistics (≥ 1 亿元) that day
    select dimension, member, day, sum(started_ge1) as signed_ge1_started, sum(in_stats_ge1) as signed_ge1_in_stats
    from progress
    where signed_year = year(day)
    group by dimension, member, day
),

funds as (
    -- a month's funds count from its first day
    select dimension, member, month as day, amount as funds_in_place, new_projects as funds_projects from fund_months
),

daily as (
    select
        g.dimension, g.member, g.day,
        columns(e.* exclude (dimension, member, day)),
        s.signed_ge1_started, s.signed_ge1_in_stats,
        f.funds_in_place, f.funds_projects
    from grid g
    left join events e on e.dimension = g.dimension and e.member = g.member and e.day = g.day
    left join signing_progress s on s.dimension = g.dimension and s.member = g.member and s.day = g.day
    left join funds f on f.dimension = g.dimension and f.member = g.member and f.day = g.day
),

to_date as (
    -- each measure summed from 1 January to the day; construction from the start of the data
    select
        dimension, member, day,
        sum(columns(* exclude (dimension, member, day))) over year_to_date,
        sum(construction_started_ge1 - construction_ended_ge1) over history as under_construction_ge1,
        sum(construction_started_ge1_outside - construction_ended_ge1_outside) over history as under_construction_ge1_outside
    from daily
    window year_to_date as (partition by dimension, member, year(day) order by day rows between unbounded preceding and current row),
           history as (partition by dimension, member order by day rows between unbounded preceding and current row)
),

paired as (
    select
        n.day,
        make_date(year(n.day), 1, 1) as period_start,
        n.dimension,
        n.member,
        coalesce(n.signed_count, 0)::bigint as signed_count,
        coalesce(n.signed_investment, 0)::decimal(38, 6) as signed_investment,
        coalesce(n.signed_ge1, 0)::bigint as signed_ge1,
        coalesce(n.signed_ge10, 0)::bigint as signed_ge10,
        coalesce(n.signed_ge20, 0)::bigint as signed_ge20,
        coalesce(n.signed_ge50, 0)::bigint as signed_ge50,
        coalesce(n.signed_ge100, 0)::bigint as signed_ge100,
        coalesce(p.signed_count, 0)::bigint as signed_count_prev,
        coalesce(p.signed_investment, 0)::decimal(38, 6) as signed_investment_prev,
        coalesce(p.signed_ge1, 0)::bigint as signed_ge1_prev,
        coalesce(p.signed_ge10, 0)::bigint as signed_ge10_prev,
        coalesce(p.signed_ge20, 0)::bigint as signed_ge20_prev,
        coalesce(p.signed_ge50, 0)::bigint as signed_ge50_prev,
        coalesce(p.signed_ge100, 0)::bigint as signed_ge100_prev,
        coalesce(n.started_count, 0)::bigint as started_count,
        coalesce(n.started_investment, 0)::decimal(38, 6) as started_investment,
        coalesce(n.started_ge1, 0)::bigint as started_ge1,
        coalesce(n.started_ge10, 0)::bigint as started_ge10,
        coalesce(n.started_ge20, 0)::bigint as started_ge20,
        coalesce(n.started_ge50, 0)::bigint as started_ge50,
        coalesce(n.started_ge100, 0)::bigint as started_ge100,
        coalesce(p.started_count, 0)::bigint as started_count_prev,
        coalesce(p.started_investment, 0)::decimal(38, 6) as started_investment_prev,
        coalesce(p.started_ge1, 0)::bigint as started_ge1_prev,
        coalesce(p.started_ge10, 0)::bigint as started_ge10_prev,
        coalesce(p.started_ge20, 0)::bigint as started_ge20_prev,
        coalesce(p.started_ge50, 0)::bigint as started_ge50_prev,
        coalesce(p.started_ge100, 0)::bigint as started_ge100_prev,
        coalesce(n.producing_count, 0)::bigint as producing_count,
        coalesce(n.producing_investment, 0)::decimal(38, 6) as producing_investment,
        coalesce(p.producing_count, 0)::bigint as producing_count_prev,
        coalesce(p.producing_investment, 0)::decimal(38, 6) as producing_investment_prev,
        coalesce(n.under_construction_ge1, 0)::bigint as under_construction_ge1,
        coalesce(n.under_construction_ge1_outside, 0)::bigint as under_construction_ge1_outside,
        coalesce(p.under_construction_ge1, 0)::bigint as under_construction_ge1_prev,
        coalesce(n.signed_ge1_started, 0)::bigint as signed_ge1_started,
        coalesce(n.signed_ge1_in_stats, 0)::bigint as signed_ge1_in_stats,
        coalesce(p.signed_ge1_started, 0)::bigint as signed_ge1_started_prev,
        coalesce(p.signed_ge1_in_stats, 0)::bigint as signed_ge1_in_stats_prev,
        coalesce(n.signed_industrial, 0)::bigint as signed_industrial,
        coalesce(n.funds_in_place, 0)::decimal(20, 6) as funds_in_place,
        coalesce(p.funds_in_place, 0)::decimal(20, 6) as funds_prev,
        coalesce(n.funds_projects, 0)::bigint as funds_projects,
        coalesce(p.funds_projects, 0)::bigint as funds_projects_prev
    from to_date n
    left join to_date p on p.dimension = n.dimension and p.member = n.member and p.day = (n.day - interval 1 year)::date
),

rated as (
    select *,
        case when funds_prev = 0 then null else (funds_in_place - funds_prev) / funds_prev end::double as funds_yoy,
        case when signed_ge1 = 0 then null else signed_ge1_started / signed_ge1 end as start_rate,
        case when signed_ge1 = 0 then null else signed_ge1_in_stats / signed_ge1 end as stats_rate,
        case when signed_ge1_prev = 0 then null else signed_ge1_started_prev / signed_ge1_prev end as start_rate_prev,
        case when signed_ge1_prev = 0 then null else signed_ge1_in_stats_prev / signed_ge1_prev end as stats_rate_prev,
        case when signed_count = 0 then null else signed_industrial / signed_count end as industrial_share
    from paired
    order by day, dimension, member
)

select * from rated
