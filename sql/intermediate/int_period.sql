-- grain: one row: the period of an as-of date and the same period last year
-- materialized: macro(as_of)
-- test: not_null(as_of_date, period_start, prev_as_of, prev_start, month_start, prev_month_start)
--
-- The period is 1 January of the as-of year to the as-of date; last year's is 1 January to the same day one year
-- earlier (29 February becomes 28 February). Funds are monthly: they count from January to the as-of month.
-- columns:
--   as_of_date, period_start     this period
--   prev_as_of, prev_start       the same period last year
--   month_start                  the first day of the as-of month (funds count to this month)
--   prev_month_start             the first day of the same month last year
--   days_elapsed, days_in_year   for the schedule (时序进度 = days_elapsed / days_in_year)

with bounds as (
    select
        as_of::date as as_of_date,
        make_date(year(as_of::date), 1, 1) as period_start,
        (as_of::date - interval 1 year)::date as prev_as_of,
        make_date(year(as_of::date) - 1, 1, 1) as prev_start,
        date_trunc('month', as_of::date)::date as month_start,
        date_trunc('month', (as_of::date - interval 1 year)::date)::date as prev_month_start,
        dayofyear(as_of::date) as days_elapsed,
        case when (year(as_of::date) % 4 = 0 and year(as_of::date) % 100 <> 0) or year(as_of::date) % 400 = 0 then 366 else 365 end as days_in_year
)

select * from bounds
