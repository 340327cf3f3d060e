-- grain: one row per day, dimension, metric and member: every day of kpis_daily
-- materialized: table
-- depends: kpis_daily, target_progress_daily
-- test: unique(day, dimension, metric, member)
-- test: accepted_values(metric: signed_count, signed_investment, started_count, funds_in_place, target_completion, funds_yoy)
--
-- The rankings of every possible as-of date, computed once per data version; rankings(as_of) picks a
-- day's rows. Columns and rules as in rankings.sql, with day as the as-of date.

with kpis_by_day as (
    select * from kpis_daily
),

progress_by_day as (
    select * from target_progress_daily
),

values_by_day as (
    select day, dimension, member,
        signed_ge1::double as signed_count, signed_investment::double as signed_investment,
        started_ge1::double as started_count, funds_in_place::double as funds_in_place, funds_yoy,
        -- the projects behind each value, kept beside the unpivoted values
        signed_ge1 as n_signed_ge1, signed_count as n_signed, started_ge1 as n_started_ge1,
        funds_projects as n_funds, funds_projects_prev as n_funds_prev
    from kpis_by_day
    where dimension <> 'all'
),

region_completion as (
    select day, region, avg(completion) as target_completion, min(projects) as projects
    from progress_by_day
    where region <> '全市' and completion is not null
    group by day, region
),

completion as (
    select v.day, v.dimension, v.member, c.target_completion, c.projects
    from values_by_day v
    left join region_completion c on c.day = v.day and c.region = v.member
    where v.dimension = 'region'
),

unpivoted as (
    select * from values_by_day
    unpivot include nulls (value for metric in (signed_count, signed_investment, started_count, funds_in_place, funds_yoy))
),

long_values as (
    select day, dimension, member, metric, value,
        case metric
            when 'signed_count' then n_signed_ge1
            when 'signed_investment' then n_signed
            when 'started_count' then n_started_ge1
            when 'funds_in_place' then n_funds
            when 'funds_yoy' then least(n_funds, n_funds_prev)
        end as projects
    from unpivoted
    union all
    select day, dimension, member, 'target_completion', target_completion, coalesce(projects, 0) from completion
),

ranked as (
    select *, case when value is null then null else rank() over (partition by day, dimension, metric order by value desc nulls last) end as rank
    from long_values
),

paired as (
    select
        n.day, n.dimension, n.metric, n.rank, n.member, n.value,
        p.value as previous_value, p.rank as previous_rank,
        p.rank - n.rank as rank_change,
        n.projects::bigint as projects, p.projects::bigint as previous_projects
    from ranked n
    left join ranked p on p.dimension = n.dimension and p.metric = n.metric and p.member = n.member
        and p.day = (n.day - interval 1 year)::date
)

select * from paired order by day, dimension, metric, rank nulls last, member
