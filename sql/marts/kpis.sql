-- grain: one row per dimension and member at the as-of date: dimension 'all' (member 全市), 'region',
--        'industry_chain' or 'fund_source'
-- materialized: macro(as_of)
-- depends: int_members, int_project_events, int_signing_progress, int_fund_months
-- test: unique(dimension, member)
-- test: not_null(dimension, member, signed_count, funds_in_place)
-- test: accepted_values(dimension: all, region, industry_chain, fund_source)
--
-- The period is 1 January of the as-of year to the as-of date; the previous period is the same
-- dates one year earlier (29 February becomes 28 February). Funds count whole months, January to
-- the as-of month. Amounts in 亿元, rates as fractions. Reads the daily and monthly totals of
-- sql/intermediate, so its cost does not grow with the number of projects.
--
-- columns:
--   signed_* / started_*     projects with 签约日期 / 开工日期 in the period: count, investment, and
--                            counts with investment ≥ 1, 10, 20, 50, 100 亿元; *_prev the same last year
--   producing_*              projects with 投产日期 in the period
--   under_construction_ge1   ≥ 1 亿元, 开工日期 ≤ as-of, 投产日期 empty or later, not terminated;
--                            _outside: of those, 资金来源 省外资金
--   funds_in_place(_prev)    实际到位资金 January to the as-of month (last year: same months)
--   start_rate / stats_rate  among projects ≥ 1 亿元 signed in the period, the share started / in
--                            statistics by the as-of date (null when none were signed)

with params as (
    select
        as_of::date as as_of_date,
        make_date(year(as_of::date), 1, 1) as period_start,
        (as_of::date - interval 1 year)::date as prev_as_of,
        make_date(year(as_of::date) - 1, 1, 1) as prev_start,
        make_date(year(as_of::date), month(as_of::date), 1) as last_month,
        make_date(year(as_of::date) - 1, month(as_of::date), 1) as prev_last_month
),

members as (
    select * from int_members
),

events as (
    select e.*,
        e.day >= p.period_start as is_now,
        e.day between p.prev_start and p.prev_as_of as is_prev,
        e.day <= p.prev_as_of as by_prev
    from int_project_events e, params p
    where e.day <= p.as_of_date
),

event_measures as (
    select
        dimension,
        member,

        -- signed in the period, and the same period last year
        sum(signed_count) filter (where is_now) as signed_count,
        sum(signed_investment) filter (where is_now) as signed_investment,
        sum(signed_ge1) filter (where is_now) as signed_ge1,
        sum(signed_ge10) filter (where is_now) as signed_ge10,
        sum(signed_ge20) filter (where is_now) as signed_ge20,
        sum(signed_ge50) filter (where is_now) as signed_ge50,
        sum(signed_ge100) filter (where is_now) as signed_ge100,
        sum(signed_count) filter (where is_prev) as signed_count_prev,
        sum(signed_investment) filter (where is_prev) as signed_investment_prev,
        sum(signed_ge1) filter (where is_prev) as signed_ge1_prev,
        sum(signed_ge10) filter (where is_prev) as signed_ge10_prev,
        sum(signed_ge20) filter (where is_prev) as signed_ge20_prev,
        sum(signed_ge50) filter (where is_prev) as signed_ge50_prev,
        sum(signed_ge100) filter (where is_prev) as signed_ge100_prev,

        -- started in the period
        sum(started_count) filter (where is_now) as started_count,
        sum(started_investment) filter (where is_now) as started_investment,
        sum(started_ge1) filter (where is_now) as started_ge1,
        sum(started_ge10) filter (where is_now) as started_ge10,
        sum(started_ge20) filter (where is_now) as started_ge20,
        sum(started_ge50) filter (where is_now) as started_ge50,
        sum(started_ge100) filter (where is_now) as started_ge100,
        sum(started_count) filter (where is_prev) as started_count_prev,
        sum(started_investment) filter (where is_prev) as started_investment_prev,
        sum(started_ge1) filter (where is_prev) as started_ge1_prev,
        sum(started_ge10) filter (where is_prev) as started_ge10_prev,
        sum(started_ge20) filter (where is_prev) as started_ge20_prev,
        sum(started_ge50) filter (where is_prev) as started_ge50_prev,
        sum(started_ge100) filter (where is_prev) as started_ge100_prev,

        -- producing in the period
        sum(producing_count) filter (where is_now) as producing_count,
        sum(producing_investment) filter (where is_now) as producing_investment,
        sum(producing_count) filter (where is_prev) as producing_count_prev,
        sum(producing_investment) filter (where is_prev) as producing_investment_prev,

        -- under construction at the as-of date: started by then less ended by then
        sum(construction_started_ge1 - construction_ended_ge1) as under_construction_ge1,
        sum(construction_started_ge1_outside - construction_ended_ge1_outside) as under_construction_ge1_outside,
        sum(construction_started_ge1 - construction_ended_ge1) filter (where by_prev) as under_construction_ge1_prev,

        -- industrial share of the period's signings
        sum(signed_industrial) filter (where is_now) as signed_industrial
    from events
    group by dimension, member
),

conversion as (
    -- of the period's signings ≥ 1 亿元, those started / in statistics by the as-of date
    select
        g.dimension,
        g.member,
        sum(g.started_ge1) filter (where g.signed_year = year(p.as_of_date) and g.day <= p.as_of_date) as signed_ge1_started,
        sum(g.in_stats_ge1) filter (where g.signed_year = year(p.as_of_date) and g.day <= p.as_of_date) as signed_ge1_in_stats,
        sum(g.started_ge1) filter (where g.signed_year = year(p.prev_as_of) and g.day <= p.prev_as_of) as signed_ge1_started_prev,
        sum(g.in_stats_ge1) filter (where g.signed_year = year(p.prev_as_of) and g.day <= p.prev_as_of) as signed_ge1_in_stats_prev
    from int_signing_progress g, params p
    where g.signed_year between year(p.prev_as_of) and year(p.as_of_date)
    group by g.dimension, g.member
),

fund_measures as (
    select
        f.dimension,
        f.member,
        sum(f.amount) filter (where f.month between p.period_start and p.last_month) as funds_in_place,
        sum(f.amount) filter (where f.month between p.prev_start and p.prev_last_month) as funds_prev
    from int_fund_months f, params p
    where f.month between p.prev_start and p.last_month
    group by f.dimension, f.member
),

combined as (
    select
        p.as_of_date as as_of,
        p.period_start,
        m.dimension,
        m.member,
        coalesce(e.signed_count, 0)::bigint as signed_count,
        coalesce(e.signed_investment, 0)::decimal(38, 6) as signed_investment,
        coalesce(e.signed_ge1, 0)::bigint as signed_ge1,
        coalesce(e.signed_ge10, 0)::bigint as signed_ge10,
        coalesce(e.signed_ge20, 0)::bigint as signed_ge20,
        coalesce(e.signed_ge50, 0)::bigint as signed_ge50,
        coalesce(e.signed_ge100, 0)::bigint as signed_ge100,
        coalesce(e.signed_count_prev, 0)::bigint as signed_count_prev,
        coalesce(e.signed_investment_prev, 0)::decimal(38, 6) as signed_investment_prev,
        coalesce(e.signed_ge1_prev, 0)::bigint as signed_ge1_prev,
        coalesce(e.signed_ge10_prev, 0)::bigint as signed_ge10_prev,
        coalesce(e.signed_ge20_prev, 0)::bigint as signed_ge20_prev,
        coalesce(e.signed_ge50_prev, 0)::bigint as signed_ge50_prev,
        coalesce(e.signed_ge100_prev, 0)::bigint as signed_ge100_prev,
        coalesce(e.started_count, 0)::bigint as started_count,
        coalesce(e.started_investment, 0)::decimal(38, 6) as started_investment,
        coalesce(e.started_ge1, 0)::bigint as started_ge1,
        coalesce(e.started_ge10, 0)::bigint as started_ge10,
        coalesce(e.started_ge20, 0)::bigint as started_ge20,
        coalesce(e.started_ge50, 0)::bigint as started_ge50,
        coalesce(e.started_ge100, 0)::bigint as started_ge100,
        coalesce(e.started_count_prev, 0)::bigint as started_count_prev,
        coalesce(e.started_investment_prev, 0)::decimal(38, 6) as started_investment_prev,
        coalesce(e.started_ge1_prev, 0)::bigint as started_ge1_prev,
        coalesce(e.started_ge10_prev, 0)::bigint as started_ge10_prev,
        coalesce(e.started_ge20_prev, 0)::bigint as started_ge20_prev,
        coalesce(e.started_ge50_prev, 0)::bigint as started_ge50_prev,
        coalesce(e.started_ge100_prev, 0)::bigint as started_ge100_prev,
        coalesce(e.producing_count, 0)::bigint as producing_count,
        coalesce(e.producing_investment, 0)::decimal(38, 6) as producing_investment,
        coalesce(e.producing_count_prev, 0)::bigint as producing_count_prev,
        coalesce(e.producing_investment_prev, 0)::decimal(38, 6) as producing_investment_prev,
        coalesce(e.under_construction_ge1, 0)::bigint as under_construction_ge1,
        coalesce(e.under_construction_ge1_outside, 0)::bigint as under_construction_ge1_outside,
        coalesce(e.under_construction_ge1_prev, 0)::bigint as under_construction_ge1_prev,
        coalesce(c.signed_ge1_started, 0)::bigint as signed_ge1_started,
        coalesce(c.signed_ge1_in_stats, 0)::bigint as signed_ge1_in_stats,
        coalesce(c.signed_ge1_started_prev, 0)::bigint as signed_ge1_started_prev,
        coalesce(c.signed_ge1_in_stats_prev, 0)::bigint as signed_ge1_in_stats_prev,
        coalesce(e.signed_industrial, 0)::bigint as signed_industrial,
        coalesce(f.funds_in_place, 0)::decimal(20, 6) as funds_in_place,
        coalesce(f.funds_prev, 0)::decimal(20, 6) as funds_prev
    from members m
    cross join params p
    left join event_measures e using (dimension, member)
    left join conversion c using (dimension, member)
    left join fund_measures f using (dimension, member)
),

rated as (
    select *,
        case when funds_prev = 0 then null else (funds_in_place - funds_prev) / funds_prev end::double as funds_yoy,
        case when signed_ge1 = 0 then null else signed_ge1_started / signed_ge1 end as start_rate,
        case when signed_ge1 = 0 then null else signed_ge1_in_stats / signed_ge1 end as stats_rate,
        case when signed_ge1_prev = 0 then null else signed_ge1_started_prev / signed_ge1_prev end as start_rate_prev,
        case when signed_ge1_prev = 0 then null else signed_ge1_in_stats_prev / signed_ge1_prev end as stats_rate_prev,
        case when signed_count = 0 then null else signed_industrial / signed_count end as industrial_share
    from combined
)

select * from rated
