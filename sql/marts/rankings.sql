-- grain: one row per dimension, metric and member at the as-of date
-- materialized: macro(as_of)
-- depends: kpis, target_progress
-- test: unique(dimension, metric, member)
-- test: accepted_values(metric: signed_count, signed_investment, started_count, funds_in_place, target_completion, funds_yoy)
--
-- Competition ranking (1, 2, 2, 4), descending, ties listed by name; members without a value (a
-- YoY growth with nothing last year) come last, unranked. signed_count and started_count count
-- projects ≥ 1 亿元. target_completion (regions only) is the mean completion of the region's
-- targets other than 0; a region without such a target is listed, unranked. previous_rank ranks last year's values at the same date; rank_change is
-- previous_rank − rank (positive: moved up).

with now_values as (
    select dimension, member,
        signed_ge1 as signed_count, signed_investment, started_ge1 as started_count, funds_in_place, funds_yoy
    from kpis(as_of)
    where dimension <> 'all'
),

prev_values as (
    select dimension, member,
        signed_ge1 as signed_count, signed_investment, started_ge1 as started_count, funds_in_place, funds_yoy
    from kpis((as_of::date - interval 1 year)::date)
    where dimension <> 'all'
),

completion_now as (
    select r.dimension, r.member, c.target_completion
    from now_values r
    left join (
        select region, avg(completion) as target_completion
        from target_progress(as_of) where region <> '全市' and completion is not null group by region
    ) c on c.region = r.member
    where r.dimension = 'region'
),

completion_prev as (
    select r.dimension, r.member, c.target_completion
    from prev_values r
    left join (
        select region, avg(completion) as target_completion
        from target_progress((as_of::date - interval 1 year)::date) where region <> '全市' and completion is not null group by region
    ) c on c.region = r.member
    where r.dimension = 'region'
),

long_now as (
    select * from (select dimension, member, signed_count::double as signed_count, signed_investment::double as signed_investment,
                    started_count::double as started_count, funds_in_place::double as funds_in_place, funds_yoy from now_values)
    unpivot include nulls (value for metric in (signed_count, signed_investment, started_count, funds_in_place, funds_yoy))
),

long_prev as (
    select * from (select dimension, member, signed_count::double as signed_count, signed_investment::double as signed_investment,
                    started_count::double as started_count, funds_in_place::double as funds_in_place, funds_yoy from prev_values)
    unpivot include nulls (value for metric in (signed_count, signed_investment, started_count, funds_in_place, funds_yoy))
),

values_now as (
    select * from long_now
    union all
    select dimension, member, 'target_completion', target_completion from completion_now
),

values_prev as (
    select * from long_prev
    union all
    select dimension, member, 'target_completion', target_completion from completion_prev
),

ranked_now as (
    select *, case when value is null then null else rank() over (partition by dimension, metric order by value desc nulls last) end as rank
    from values_now
),

ranked_prev as (
    select *, case when value is null then null else rank() over (partition by dimension, metric order by value desc nulls last) end as rank
    from values_prev
)

select
    n.dimension, n.metric, n.rank, n.member, n.value,
    p.value as previous_value, p.rank as previous_rank,
    p.rank - n.rank as rank_change
from ranked_now n
left join ranked_prev p using (dimension, metric, member)
order by n.dimension, n.metric, n.rank nulls last, n.member
