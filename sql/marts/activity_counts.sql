-- grain: one row per region and activity type with activities in the period
-- materialized: macro(as_of)
-- depends: stg_activities
-- test: unique(region, activity_type)

with params as (
    select as_of::date as as_of_date, make_date(year(as_of::date), 1, 1) as period_start,
           (as_of::date - interval 1 year)::date as prev_as_of, make_date(year(as_of::date) - 1, 1, 1) as prev_start
)

select
    region,
    activity_type,
    coalesce(sum(activity_count) filter (where activity_date between params.period_start and params.as_of_date), 0) as activities,
    coalesce(sum(activity_count) filter (where activity_date between params.prev_start and params.prev_as_of), 0) as activities_prev
from stg_activities, params
where activity_date between params.prev_start and params.as_of_date
group by region, activity_type
order by region, activity_type
