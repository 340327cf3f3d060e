-- grain: one row per fact and member at the as-of date: the figures of the year-end summary (年度工作总结) beyond the kpis
-- materialized: macro(as_of)
-- depends: stg_projects, stg_funds, stg_targets
-- test: unique(fact, member)
-- test: not_null(fact, member)
--
-- The period is 1 January of the as-of year to the as-of date; last year's is the same dates a year earlier. Funds
-- count the months January to the as-of month. Amounts in 亿元, ratios as fractions, durations in days.
--
-- columns:
--   fact               what the row says (below); member: the breakdown's member ('全市' where none)
--   projects           the projects counted; investment: their 协议总投资; funds: their 实际到位资金 in the period
--   ratio              a share, a rate or a YoY ratio (null where the base is 0); days: a median duration
--   previous_projects  the same count last year (where the fact has one)
--
-- facts:
--   signed_all               projects signed in the period, any size; ratio = YoY of the count
--   project_type / investor_type / method
--                            signed in the period by 项目类型 / 投资主体性质 / 招商方式; ratio = share of signed_all
--   started_ge1_outside      started in the period, ≥ 1 亿元 (member '1') or ≥ 10 亿元 ('10'), 资金来源 省外资金
--   started_in_stats         started in the period and in statistics by the as-of date
--   started_ge02             started in the period, ≥ 0.2 亿元 (2000万元以上)
--   producing_ge02_industrial  producing in the period, ≥ 0.2 亿元, 项目类型 工业
--   start_rate_last_year / start_rate_this_year
--                            projects signed last year / this year (by the as-of date), any size: ratio = share started
--                            by the as-of date; member '全市' or a 项目类型
--   cohort                   projects under way in the year: member 新引进 (signed in the period) or 续建 (signed
--                            earlier, not producing before 1 January, not terminated); funds in the period
--   funds_rate               到资率: funds in place since signing ÷ investment, of the projects started by the as-of date
--   speed                    member sign_to_start: median days 签约→开工 of projects started in the period;
--                            start_to_produce: 开工→投产 of projects producing in the period
--   no_signing_ge50 / no_signing_ge10
--                            regions with no signing ≥ 50 (10) 亿元 in the period (member: the region)
--   month_ge50               months of the period with a signing or a start ≥ 50 亿元 (member: the month, 1–12)
--   pipeline                 在谈 projects at the as-of date (not signed, not terminated): member 全市 or a band 1/5/10
--   under_construction       started by the as-of date, not producing, not terminated: all sizes; ratio = share ≥ 1 亿元
--   funds_ge1_outside        funds in the period of projects ≥ 1 亿元 whose 资金来源 is 省外资金
--   next_target              next year's 全市 targets (member: the 指标; investment: the 目标值, a count for a count indicator)

with params as (
    select as_of::date as as_of_date,
           make_date(year(as_of::date), 1, 1) as period_start,
           make_date(year(as_of::date) - 1, 1, 1) as prev_start,
           (as_of::date - interval 1 year)::date as prev_as_of,
           make_date(year(as_of::date), month(as_of::date), 1) as last_month
),

projects as (
    select * from stg_projects
),

funds as (
    select f.project_id, sum(f.amount) as funds
    from stg_funds f, params
    where f.month between params.period_start and params.last_month
    group by f.project_id
),

signed as (
    select p.*, coalesce(f.funds, 0) as funds
    from projects p cross join params
    left join funds f using (project_id)
    where p.signed_on between params.period_start and params.as_of_date
),

signed_all as (
    select 'signed_all' as fact, '全市' as member, count(*) as projects, sum(investment) as investment,
           sum(funds) as funds, null::double as days,
           (select count(*) from projects, params where signed_on between prev_start and prev_as_of) as previous_projects
    from signed
),

signed_all_ratio as (
    select *, case when previous_projects > 0 then (projects - previous_projects) / previous_projects::double end as ratio
    from signed_all
),

breakdowns as (
    select 'project_type' as fact, coalesce(project_type, '未填写') as member, count(*) as projects, sum(investment) as investment, sum(funds) as funds
    from signed group by all
    union all
    select 'investor_type', coalesce(investor_type, '未填写'), count(*), sum(investment), sum(funds) from signed group by all
    union all
    select 'method', coalesce(method, '未填写'), count(*), sum(investment), sum(funds) from signed group by all
),

breakdown_shares as (
    select b.fact, b.member, b.projects, b.investment, b.funds, b.projects / s.projects::double as ratio, null::double as days, null::bigint as previous_projects
    from breakdowns b cross join signed_all s
),

started as (
    select p.* from projects p, params where p.started_on between params.period_start and params.as_of_date
),

started_facts as (
    select 'started_ge1_outside' as fact, '1' as member, count(*) filter (where investment >= 1 and fund_source = '省外资金') as projects
    from started
    union all
    select 'started_ge1_outside', '10', count(*) filter (where investment >= 10 and fund_source = '省外资金') from started
    union all
    select 'started_in_stats', '全市', count(*) filter (where in_stats_on <= (select as_of_date from params)) from started
    union all
    select 'started_ge02', '全市', count(*) filter (where investment >= 0.2) from started
    union all
    select 'producing_ge02_industrial', '全市', count(*)
    from projects, params
    where producing_on between period_start and as_of_date and investment >= 0.2 and project_type = '工业'
),

cohorts_signed as (
    select 'start_rate_last_year' as fact, p.*
    from projects p, params
    where p.signed_on between params.prev_start and make_date(year(params.as_of_date) - 1, 12, 31)
    union all
    select 'start_rate_this_year', p.*
    from projects p, params
    where p.signed_on between params.period_start and params.as_of_date
),

start_rates as (
    select fact, coalesce(project_type, '全市') as member, count(*) as projects,
           count(*) filter (where started_on <= (select as_of_date from params))::double / count(*) as ratio
    from cohorts_signed
    group by grouping sets ((fact), (fact, project_type))
    having grouping(project_type) = 1 or project_type is not null
),

under_way as (
    select p.*, coalesce(f.funds, 0) as funds,
           case when p.signed_on >= params.period_start then '新引进' else '续建' end as member
    from projects p cross join params
    left join funds f using (project_id)
    where p.signed_on <= params.as_of_date
      and not p.is_terminated
      and (p.signed_on >= params.period_start or p.producing_on is null or p.producing_on >= params.period_start)
),

cohorts as (
    select 'cohort' as fact, member, count(*) as projects, sum(investment) as investment, sum(funds) as funds from under_way group by member
),

funds_since_signing as (
    select p.project_id, p.investment, coalesce(sum(f.amount), 0) as funds
    from projects p cross join params
    left join stg_funds f on f.project_id = p.project_id and f.month <= params.last_month
    where p.started_on <= params.as_of_date and not p.is_terminated
    group by p.project_id, p.investment
),

funds_rate as (
    select 'funds_rate' as fact, '全市' as member, count(*) as projects, sum(investment) as investment, sum(funds) as funds,
           case when sum(investment) > 0 then sum(funds) / sum(investment) end::double as ratio
    from funds_since_signing
),

speeds as (
    select 'speed' as fact, 'sign_to_start' as member, count(*) as projects, median(started_on - signed_on)::double as days
    from started where signed_on is not null
    union all
    select 'speed', 'start_to_produce', count(*), median(producing_on - started_on)::double
    from projects, params
    where producing_on between period_start and as_of_date and started_on is not null
),

regions as (
    select distinct region from projects
),

breakthroughs as (
    select 'no_signing_ge' || band as fact, r.region as member, 0::bigint as projects
    from regions r cross join (values (50), (10)) bands(band)
    where not exists (select 1 from signed s where s.region = r.region and s.investment >= band)
),

big_months as (
    select 'month_ge50' as fact, month::varchar as member, count(*) as projects, sum(investment) as investment
    from (
        select month(signed_on) as month, investment from signed where investment >= 50
        union all
        select month(started_on), investment from started where investment >= 50
    )
    group by month
),

pipeline as (
    select p.* from projects p, params
    where not p.is_terminated and (p.signed_on is null or p.signed_on > params.as_of_date) and p.status = '在谈'
),

pipeline_bands as (
    select 'pipeline' as fact, '全市' as member, count(*) as projects, coalesce(sum(investment), 0) as investment from pipeline
    union all
    select 'pipeline', band::varchar, count(*) filter (where investment >= band), coalesce(sum(investment) filter (where investment >= band), 0)
    from pipeline cross join (values (1), (5), (10)) bands(band)
    group by band
),

building as (
    select p.* from projects p, params
    where p.started_on <= params.as_of_date and (p.producing_on is null or p.producing_on > params.as_of_date) and not p.is_terminated
),

under_construction as (
    select 'under_construction' as fact, '全市' as member, count(*) as projects, sum(investment) as investment,
           case when count(*) > 0 then count(*) filter (where investment >= 1)::double / count(*) end as ratio
    from building
),

funds_outside as (
    select 'funds_ge1_outside' as fact, '全市' as member, count(*) as projects, coalesce(sum(s.funds), 0) as funds
    from projects p join funds s using (project_id)
    where p.investment >= 1 and p.fund_source = '省外资金'
),

next_targets as (
    select 'next_target' as fact, t.indicator as member, null::bigint as projects, t.target as investment
    from stg_targets t, params
    where t.year = year(params.as_of_date) + 1 and t.region = '全市'
),

facts as (
    select fact, member, projects, investment, funds, ratio, days, previous_projects from signed_all_ratio
    union all by name
    select * from breakdown_shares
    union all by name
    select * from started_facts
    union all by name
    select * from start_rates
    union all by name
    select * from cohorts
    union all by name
    select * from funds_rate
    union all by name
    select * from speeds
    union all by name
    select * from breakthroughs
    union all by name
    select * from big_months
    union all by name
    select * from pipeline_bands
    union all by name
    select * from under_construction
    union all by name
    select * from funds_outside
    union all by name
    select * from next_targets
)

select fact, member, projects, investment::decimal(20, 6) as investment, funds::decimal(20, 6) as funds, ratio, days, previous_projects
from facts
order by fact, member
