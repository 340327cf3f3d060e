-- grain: one row per year, region (or 全市) and indicator with a target in the as-of year or the next
-- materialized: macro(as_of)
-- depends: int_period, stg_targets, indicator_actuals, region_order
-- test: unique(year, region, indicator)
-- test: not_null(year, region, indicator, target, position, is_next_year)
--
-- Every indicator of the targets table, 全市 and the regions, against the year's target; next year's targets
-- (year = as-of year + 1) are listed with no actual, for the plan part of a summary.
-- columns:
--   target                  目标值 (亿元, 万美元 or a count)
--   actual, actual_prev     this period and the same period last year (null for next year's targets)
--   completion              actual / target (null for a target of 0)
--   over_target             completion − 1 where the target is met ("超目标值27%"), else null
--   over_amount             actual − target where the target is met ("超目标值11.64亿元"), else null
--   schedule                时序进度: day of year of the as-of date / days in the year
--   schedule_gap_points     (completion − schedule) × 100: percentage points ahead of (> 0) or behind schedule
--   projects                the projects behind actual (see indicator_actuals)
--   position                0 for 全市, else the region's official position (region_order)
--   is_next_year            the target is next year's

with period as (
    select * from int_period(as_of)
),

targets as (
    select t.*, t.year = year(d.as_of_date) + 1 as is_next_year
    from stg_targets t, period d
    where t.year in (year(d.as_of_date), year(d.as_of_date) + 1)
),

actuals as (
    select * from indicator_actuals(as_of)
),

joined as (
    select
        t.year, t.region, t.indicator, t.target,
        case when t.is_next_year then null else coalesce(a.actual, 0) end as actual,
        case when t.is_next_year then null else coalesce(a.actual_prev, 0) end as actual_prev,
        case when t.is_next_year then null else a.projects end as projects,
        case when t.is_next_year then null else d.days_elapsed / d.days_in_year::double end as schedule,
        coalesce(o.position, 0) as position,
        t.is_next_year
    from targets t
    cross join period d
    left join actuals a on a.region = t.region and a.indicator = t.indicator
    left join region_order o on o.region = t.region
),

completed as (
    select *, case when target = 0 then null else actual / target end::double as completion from joined
),

measured as (
    select *,
        case when completion >= 1 then completion - 1 end as over_target,
        case when actual >= target then actual - target end as over_amount,
        (completion - schedule) * 100 as schedule_gap_points
    from completed
)

select year, region, indicator, target, actual, actual_prev, completion, over_target, over_amount, schedule, schedule_gap_points,
       projects, position, is_next_year
from measured
order by year, position, indicator
