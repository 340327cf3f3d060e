-- grain: one row per dimension and member at the as-of date: dimension 'all' (member 全市), 'region',
--        'industry_chain' or 'fund_source'
-- materialized: macro(as_of)
-- depends: stg_projects, stg_funds
-- test: unique(dimension, member)
-- test: not_null(dimension, member, signed_count, funds_in_place)
-- test: accepted_values(dimension: all, region, industry_chain, fund_source)
--
-- The period is 1 January of the as-of year to the as-of date; the previous period is the same
-- dates one year earlier (29 February becomes 28 February). Funds count whole months, January to
-- the as-of month. Amounts in 亿元, rates as fractions.
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

projects as (
    select p.*, params.*,
        p.signed_on between period_start and as_of_date as signed_now,
        p.signed_on between prev_start and prev_as_of as signed_prev,
        p.started_on between period_start and as_of_date as started_now,
        p.started_on between prev_start and prev_as_of as started_prev,
        p.producing_on between period_start and as_of_date as producing_now,
        p.producing_on between prev_start and prev_as_of as producing_prev
    from stg_projects p, params
),

project_measures as (
    select
        case when grouping(region) = 0 then 'region'
             when grouping(industry_chain) = 0 then 'industry_chain'
             when grouping(fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(region, industry_chain, fund_source, '全市') as member,

        -- signed in the period, and the same period last year
        count(*) filter (where signed_now) as signed_count,
        coalesce(sum(investment) filter (where signed_now), 0) as signed_investment,
        count(*) filter (where signed_now and investment >= 1) as signed_ge1,
        count(*) filter (where signed_now and investment >= 10) as signed_ge10,
        count(*) filter (where signed_now and investment >= 20) as signed_ge20,
        count(*) filter (where signed_now and investment >= 50) as signed_ge50,
        count(*) filter (where signed_now and investment >= 100) as signed_ge100,
        count(*) filter (where signed_prev) as signed_count_prev,
        coalesce(sum(investment) filter (where signed_prev), 0) as signed_investment_prev,
        count(*) filter (where signed_prev and investment >= 1) as signed_ge1_prev,
        count(*) filter (where signed_prev and investment >= 10) as signed_ge10_prev,
        count(*) filter (where signed_prev and investment >= 20) as signed_ge20_prev,
        count(*) filter (where signed_prev and investment >= 50) as signed_ge50_prev,
        count(*) filter (where signed_prev and investment >= 100) as signed_ge100_prev,

        -- started in the period
        count(*) filter (where started_now) as started_count,
        coalesce(sum(investment) filter (where started_now), 0) as started_investment,
        count(*) filter (where started_now and investment >= 1) as started_ge1,
        count(*) filter (where started_now and investment >= 10) as started_ge10,
        count(*) filter (where started_now and investment >= 20) as started_ge20,
        count(*) filter (where started_now and investment >= 50) as started_ge50,
        count(*) filter (where started_now and investment >= 100) as started_ge100,
        count(*) filter (where started_prev) as started_count_prev,
        coalesce(sum(investment) filter (where started_prev), 0) as started_investment_prev,
        count(*) filter (where started_prev and investment >= 1) as started_ge1_prev,
        count(*) filter (where started_prev and investment >= 10) as started_ge10_prev,
        count(*) filter (where started_prev and investment >= 20) as started_ge20_prev,
        count(*) filter (where started_prev and investment >= 50) as started_ge50_prev,
        count(*) filter (where started_prev and investment >= 100) as started_ge100_prev,

        -- producing in the period
        count(*) filter (where producing_now) as producing_count,
        coalesce(sum(investment) filter (where producing_now), 0) as producing_investment,
        count(*) filter (where producing_prev) as producing_count_prev,
        coalesce(sum(investment) filter (where producing_prev), 0) as producing_investment_prev,

        -- under construction at the as-of date
        count(*) filter (where investment >= 1 and started_on <= as_of_date and (producing_on is null or producing_on > as_of_date) and not is_terminated)
            as under_construction_ge1,
        count(*) filter (where investment >= 1 and started_on <= as_of_date and (producing_on is null or producing_on > as_of_date) and not is_terminated
            and fund_source = '省外资金') as under_construction_ge1_outside,
        count(*) filter (where investment >= 1 and started_on <= prev_as_of and (producing_on is null or producing_on > prev_as_of) and not is_terminated)
            as under_construction_ge1_prev,

        -- conversion of the period's signings ≥ 1 亿元
        count(*) filter (where signed_now and investment >= 1 and started_on <= as_of_date) as signed_ge1_started,
        count(*) filter (where signed_now and investment >= 1 and in_stats_on <= as_of_date) as signed_ge1_in_stats,
        count(*) filter (where signed_prev and investment >= 1 and started_on <= prev_as_of) as signed_ge1_started_prev,
        count(*) filter (where signed_prev and investment >= 1 and in_stats_on <= prev_as_of) as signed_ge1_in_stats_prev,

        -- industrial share of the period's signings
        count(*) filter (where signed_now and project_type = '工业') as signed_industrial
    from projects
    group by grouping sets ((region), (industry_chain), (fund_source), ())
),

fund_measures as (
    select
        case when grouping(p.region) = 0 then 'region'
             when grouping(p.industry_chain) = 0 then 'industry_chain'
             when grouping(p.fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(p.region, p.industry_chain, p.fund_source, '全市') as member,
        coalesce(sum(f.amount) filter (where f.month between params.period_start and params.last_month), 0) as funds_in_place,
        coalesce(sum(f.amount) filter (where f.month between params.prev_start and params.prev_last_month), 0) as funds_prev
    from stg_funds f
    join stg_projects p using (project_id)
    cross join params
    where f.month between params.prev_start and params.last_month
    group by grouping sets ((p.region), (p.industry_chain), (p.fund_source), ())
),

combined as (
    select
        (select as_of_date from params) as as_of,
        (select period_start from params) as period_start,
        m.*,
        coalesce(f.funds_in_place, 0)::decimal(20, 6) as funds_in_place,
        coalesce(f.funds_prev, 0)::decimal(20, 6) as funds_prev,
        case when coalesce(f.funds_prev, 0) = 0 then null
             else (coalesce(f.funds_in_place, 0) - f.funds_prev) / f.funds_prev end::double as funds_yoy,
        case when m.signed_ge1 = 0 then null else m.signed_ge1_started / m.signed_ge1 end as start_rate,
        case when m.signed_ge1 = 0 then null else m.signed_ge1_in_stats / m.signed_ge1 end as stats_rate,
        case when m.signed_ge1_prev = 0 then null else m.signed_ge1_started_prev / m.signed_ge1_prev end as start_rate_prev,
        case when m.signed_ge1_prev = 0 then null else m.signed_ge1_in_stats_prev / m.signed_ge1_prev end as stats_rate_prev,
        case when m.signed_count = 0 then null else m.signed_industrial / m.signed_count end as industrial_share
    from project_measures m
    left join fund_measures f using (dimension, member)
)

select * from combined
