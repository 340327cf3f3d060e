-- grain: one row per region (or 全市) and indicator of the targets table, for the period of the as-of date
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, stg_funds, stg_activities
-- test: unique(region, indicator)
-- test: not_null(region, indicator, actual, actual_prev)
--
-- The actual of every indicator domain.md lists for targets, this period and the same period last year, for 全市
-- and each region (activities of 全市 itself count for 全市 only). Counts of projects signed or started in the
-- period; amounts in 亿元 (实际利用外资 in 万美元); funds and their columns from January to the as-of month.
-- columns:
--   actual, actual_prev   this period, the same period last year
--   difference            actual − actual_prev
--   yoy                   difference / actual_prev (null where actual_prev is 0)
--   projects              the distinct projects behind actual (null for the activities' indicators): public pages
--                         withhold an actual built from fewer than 3 projects

with period as (
    select * from int_period(as_of)
),

projects as (
    select * from stg_projects
),

signings as (
    select p.region, p.project_id,
        case when p.signed_on >= d.period_start then 'cur' else 'prev' end as term,
        unnest([
            {'indicator': '签约项目数', 'value': 1::decimal(38, 6)},
            {'indicator': '新签约亿元以上项目数', 'value': (p.investment >= 1)::int::decimal(38, 6)},
            {'indicator': '新签约10亿元以上项目数', 'value': (p.investment >= 10)::int::decimal(38, 6)},
            {'indicator': '新签约20亿元以上项目数', 'value': (p.investment >= 20)::int::decimal(38, 6)},
            {'indicator': '新签约50亿元以上项目数', 'value': (p.investment >= 50)::int::decimal(38, 6)},
            {'indicator': '新签约100亿元以上项目数', 'value': (p.investment >= 100)::int::decimal(38, 6)},
            {'indicator': '重点产业项目签约数', 'value': p.is_key_industry::int::decimal(38, 6)},
            {'indicator': '重点项目数', 'value': p.is_key_project::int::decimal(38, 6)},
            {'indicator': '签约总投资(亿元)', 'value': p.investment::decimal(38, 6)}
        ]) as fact
    from projects p, period d
    where p.signed_on between d.period_start and d.as_of_date or p.signed_on between d.prev_start and d.prev_as_of
),

starts as (
    select p.region, p.project_id,
        case when p.started_on >= d.period_start then 'cur' else 'prev' end as term,
        unnest([
            {'indicator': '新开工项目数', 'value': 1::decimal(38, 6)},
            {'indicator': '新开工2000万元以上项目数', 'value': (p.investment >= 0.2)::int::decimal(38, 6)},
            {'indicator': '新开工亿元以上项目数', 'value': (p.investment >= 1)::int::decimal(38, 6)},
            {'indicator': '新开工10亿元以上项目数', 'value': (p.investment >= 10)::int::decimal(38, 6)}
        ]) as fact
    from projects p, period d
    where p.started_on between d.period_start and d.as_of_date or p.started_on between d.prev_start and d.prev_as_of
),

funds as (
    select p.region, f.project_id,
        case when f.month >= d.period_start then 'cur' else 'prev' end as term,
        unnest([
            {'indicator': '实际到位资金(亿元)', 'value': f.amount::decimal(38, 6)},
            {'indicator': '实际到位省外资金(亿元)', 'value': case when p.fund_source = '省外资金' then f.amount else 0 end::decimal(38, 6)},
            {'indicator': '完成固定资产投资(亿元)', 'value': coalesce(f.fixed_asset_investment, 0)::decimal(38, 6)},
            {'indicator': '实际利用外资(万美元)', 'value': coalesce(f.foreign_capital_used, 0)::decimal(38, 6)}
        ]) as fact
    from stg_funds f join projects p using (project_id), period d
    where f.month between d.period_start and d.month_start or f.month between d.prev_start and d.prev_month_start
),

activity_facts as (
    select a.region, null::varchar as project_id,
        case when a.activity_date >= d.period_start then 'cur' else 'prev' end as term,
        unnest([
            {'indicator': '外出招商次数', 'value': case when a.activity_type = '外出招商' then a.activity_count else 0 end::decimal(38, 6)},
            {'indicator': '拜访企业数', 'value': case when a.activity_type = '拜访企业' then coalesce(a.enterprises, a.activity_count) else 0 end::decimal(38, 6)}
        ]) as fact
    from stg_activities a, period d
    where a.activity_date between d.period_start and d.as_of_date or a.activity_date between d.prev_start and d.prev_as_of
),

facts as (
    select region, project_id, term, fact.indicator as indicator, fact.value as value from signings
    union all
    select region, project_id, term, fact.indicator, fact.value from starts
    union all
    select region, project_id, term, fact.indicator, fact.value from funds
    union all
    select region, project_id, term, fact.indicator, fact.value from activity_facts
),

totals as (
    select
        case when grouping(region) = 1 then '全市' else region end as region,
        indicator,
        coalesce(sum(value) filter (where term = 'cur'), 0)::decimal(38, 6) as actual,
        coalesce(sum(value) filter (where term = 'prev'), 0)::decimal(38, 6) as actual_prev,
        case when bool_and(project_id is null) then null
             else count(distinct project_id) filter (where term = 'cur' and value <> 0) end as projects
    from facts
    group by grouping sets ((region, indicator), (indicator))
    having not (grouping(region) = 0 and region = '全市')
),

compared as (
    select *,
        actual - actual_prev as difference,
        case when actual_prev = 0 then null else (actual - actual_prev) / actual_prev end::double as yoy
    from totals
)

select * from compared order by region, indicator
