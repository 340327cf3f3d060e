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

-- One row per project (and term) before anything is summed: the facts below stay as many as the projects.
signed as (
    select p.region, p.investment, p.is_key_industry, p.is_key_project, p.signed_on >= d.period_start as cur
    from projects p, period d
    where p.signed_on between d.period_start and d.as_of_date or p.signed_on between d.prev_start and d.prev_as_of
),

started as (
    select p.region, p.investment, p.started_on >= d.period_start as cur
    from projects p, period d
    where p.started_on between d.period_start and d.as_of_date or p.started_on between d.prev_start and d.prev_as_of
),

funded as (
    select p.region, p.fund_source, f.month >= d.period_start as cur,
        sum(f.amount) as amount, sum(f.fixed_asset_investment) as fixed_assets, sum(f.foreign_capital_used) as foreign_capital
    from stg_funds f join projects p using (project_id), period d
    where f.month between d.period_start and d.month_start or f.month between d.prev_start and d.prev_month_start
    group by f.project_id, p.region, p.fund_source, cur
),

acted as (
    select a.region, a.activity_type, a.activity_count, a.enterprises, a.activity_date >= d.period_start as cur
    from stg_activities a, period d
    where a.activity_date between d.period_start and d.as_of_date or a.activity_date between d.prev_start and d.prev_as_of
),

-- Per source, each indicator's value this period (_c), last year (_p) and, for projects, the projects behind it (_n).
signed_totals as (
    select region,
        count(*) filter (where cur) as n1_c, count(*) filter (where not cur) as n1_p, count(*) filter (where cur) as n1_n,
        count(*) filter (where cur and investment >= 1) as n2_c, count(*) filter (where not cur and investment >= 1) as n2_p,
        count(*) filter (where cur and investment >= 10) as n3_c, count(*) filter (where not cur and investment >= 10) as n3_p,
        count(*) filter (where cur and investment >= 20) as n4_c, count(*) filter (where not cur and investment >= 20) as n4_p,
        count(*) filter (where cur and investment >= 50) as n5_c, count(*) filter (where not cur and investment >= 50) as n5_p,
        count(*) filter (where cur and investment >= 100) as n6_c, count(*) filter (where not cur and investment >= 100) as n6_p,
        count(*) filter (where cur and is_key_industry) as n7_c, count(*) filter (where not cur and is_key_industry) as n7_p,
        count(*) filter (where cur and is_key_project) as n8_c, count(*) filter (where not cur and is_key_project) as n8_p,
        coalesce(sum(investment) filter (where cur), 0) as n9_c, coalesce(sum(investment) filter (where not cur), 0) as n9_p
    from signed
    group by grouping sets ((region), ())
),

started_totals as (
    select region,
        count(*) filter (where cur) as s1_c, count(*) filter (where not cur) as s1_p,
        count(*) filter (where cur and investment >= 0.2) as s2_c, count(*) filter (where not cur and investment >= 0.2) as s2_p,
        count(*) filter (where cur and investment >= 1) as s3_c, count(*) filter (where not cur and investment >= 1) as s3_p,
        count(*) filter (where cur and investment >= 10) as s4_c, count(*) filter (where not cur and investment >= 10) as s4_p
    from started
    group by grouping sets ((region), ())
),

funded_totals as (
    select region,
        coalesce(sum(amount) filter (where cur), 0) as f1_c, coalesce(sum(amount) filter (where not cur), 0) as f1_p,
        count(*) filter (where cur and amount <> 0) as f1_n,
        coalesce(sum(amount) filter (where cur and fund_source = '省外资金'), 0) as f2_c,
        coalesce(sum(amount) filter (where not cur and fund_source = '省外资金'), 0) as f2_p,
        count(*) filter (where cur and amount <> 0 and fund_source = '省外资金') as f2_n,
        coalesce(sum(fixed_assets) filter (where cur), 0) as f3_c, coalesce(sum(fixed_assets) filter (where not cur), 0) as f3_p,
        count(*) filter (where cur and fixed_assets <> 0) as f3_n,
        coalesce(sum(foreign_capital) filter (where cur), 0) as f4_c, coalesce(sum(foreign_capital) filter (where not cur), 0) as f4_p,
        count(*) filter (where cur and foreign_capital <> 0) as f4_n
    from funded
    group by grouping sets ((region), ())
),

acted_totals as (
    select region,
        coalesce(sum(activity_count) filter (where cur and activity_type = '外出招商'), 0) as a1_c,
        coalesce(sum(activity_count) filter (where not cur and activity_type = '外出招商'), 0) as a1_p,
        coalesce(sum(coalesce(enterprises, activity_count)) filter (where cur and activity_type = '拜访企业'), 0) as a2_c,
        coalesce(sum(coalesce(enterprises, activity_count)) filter (where not cur and activity_type = '拜访企业'), 0) as a2_p
    from acted
    group by grouping sets ((region), ())
    -- 全市's own activities count for 全市 only: its row of the first grouping is not a region.
    having grouping(region) = 1 or region <> '全市'
),

facts as (
    select region, '签约项目数' as indicator, n1_c as actual, n1_p as actual_prev, n1_c as projects from signed_totals
    union all select region, '新签约亿元以上项目数', n2_c, n2_p, n2_c from signed_totals
    union all select region, '新签约10亿元以上项目数', n3_c, n3_p, n3_c from signed_totals
    union all select region, '新签约20亿元以上项目数', n4_c, n4_p, n4_c from signed_totals
    union all select region, '新签约50亿元以上项目数', n5_c, n5_p, n5_c from signed_totals
    union all select region, '新签约100亿元以上项目数', n6_c, n6_p, n6_c from signed_totals
    union all select region, '重点产业项目签约数', n7_c, n7_p, n7_c from signed_totals
    union all select region, '重点项目数', n8_c, n8_p, n8_c from signed_totals
    union all select region, '签约总投资(亿元)', n9_c, n9_p, n1_n from signed_totals
    union all select region, '新开工项目数', s1_c, s1_p, s1_c from started_totals
    union all select region, '新开工2000万元以上项目数', s2_c, s2_p, s2_c from started_totals
    union all select region, '新开工亿元以上项目数', s3_c, s3_p, s3_c from started_totals
    union all select region, '新开工10亿元以上项目数', s4_c, s4_p, s4_c from started_totals
    union all select region, '实际到位资金(亿元)', f1_c, f1_p, f1_n from funded_totals
    union all select region, '实际到位省外资金(亿元)', f2_c, f2_p, f2_n from funded_totals
    union all select region, '完成固定资产投资(亿元)', f3_c, f3_p, f3_n from funded_totals
    union all select region, '实际利用外资(万美元)', f4_c, f4_p, f4_n from funded_totals
    union all select region, '外出招商次数', a1_c, a1_p, null from acted_totals
    union all select region, '拜访企业数', a2_c, a2_p, null from acted_totals
),

compared as (
    select
        coalesce(region, '全市') as region,
        indicator,
        actual::decimal(38, 6) as actual,
        actual_prev::decimal(38, 6) as actual_prev,
        (actual - actual_prev)::decimal(38, 6) as difference,
        case when actual_prev = 0 then null else (actual - actual_prev) / actual_prev end::double as yoy,
        projects::bigint as projects
    from facts
)

select * from compared order by region, indicator
