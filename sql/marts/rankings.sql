-- grain: one row per dimension, metric and member at the as-of date
-- materialized: macro(as_of)
-- depends: rankings_daily
-- test: unique(dimension, metric, member)
-- test: accepted_values(metric: signed_count, signed_investment, started_count, funds_in_place, target_completion, funds_yoy)
--
-- Competition ranking (1, 2, 2, 4), descending, ties listed by name; members without a value (a
-- YoY growth with nothing last year) come last, unranked. signed_count and started_count count
-- projects ≥ 1 亿元. target_completion (regions only) is the mean completion of the region's
-- targets other than 0; a region without such a target is listed, unranked. previous_rank ranks
-- last year's values at the same date; rank_change is previous_rank − rank (positive: moved up).
-- projects (previous_projects) counts the projects behind value (previous_value): the projects ≥ 1 亿元
-- counted, the projects signed (investment) or with funds (funds; both years for funds_yoy), the fewest
-- behind any of a region's targets (target_completion). Public pages withhold a value built from fewer than 3.
-- Picks the as-of date's rows of rankings_daily.

with snapshot as (
    select * exclude (day) from rankings_daily where day = as_of::date
)

select * from snapshot order by dimension, metric, rank nulls last, member
