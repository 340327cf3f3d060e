-- grain: one row for 全市 and one per region with projects under negotiation or leads in the period
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, region_order
-- test: unique(region)
-- test: not_null(region, negotiating, position)
--
-- The 在谈 pipeline: the ledger's projects under negotiation (status 在谈; the ledger says what is in talks now,
-- whatever the as-of date), and the leads recorded (登记日期) in the period.
-- columns:
--   negotiating, negotiating_investment      在谈 projects, their intended investment (亿元)
--   ge1, ge5, ge10                           of those, ≥ 1, 5, 10 亿元
--   initial_contact, substantive, ready      by 洽谈阶段: 初步接洽, 实质性洽谈, 拟签约 (no stage written: in none)
--   ready_this_year                          拟签约 with a 预计签约日期 in the as-of year
--   ready_this_year_investment               their investment, 亿元
--   leads, leads_prev                        projects with a 登记日期 in the period, and in the same period last year

with period as (
    select * from int_period(as_of)
),

projects as (
    select p.*, d.*
    from stg_projects p, period d
),

grouped as (
    select
        case when grouping(region) = 1 then '全市' else region end as region,
        count(*) filter (where status = '在谈') as negotiating,
        coalesce(sum(investment) filter (where status = '在谈'), 0) as negotiating_investment,
        count(*) filter (where status = '在谈' and investment >= 1) as ge1,
        count(*) filter (where status = '在谈' and investment >= 5) as ge5,
        count(*) filter (where status = '在谈' and investment >= 10) as ge10,
        count(*) filter (where status = '在谈' and negotiation_stage = '初步接洽') as initial_contact,
        count(*) filter (where status = '在谈' and negotiation_stage = '实质性洽谈') as substantive,
        count(*) filter (where status = '在谈' and negotiation_stage = '拟签约') as ready,
        count(*) filter (where status = '在谈' and negotiation_stage = '拟签约' and year(expected_signing_on) = year(as_of_date)) as ready_this_year,
        coalesce(sum(investment) filter (where status = '在谈' and negotiation_stage = '拟签约' and year(expected_signing_on) = year(as_of_date)), 0)
            as ready_this_year_investment,
        count(*) filter (where registered_on between period_start and as_of_date) as leads,
        count(*) filter (where registered_on between prev_start and prev_as_of) as leads_prev
    from projects
    group by grouping sets ((region), ())
)

select g.*, coalesce(o.position, 0) as position
from grouped g
left join region_order o using (region)
where g.region = '全市' or g.negotiating > 0 or g.leads > 0
order by position
