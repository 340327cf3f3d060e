-- grain: one row per cohort (this_year, last_year) and project type (全部 for all types)
-- materialized: macro(as_of)
-- depends: int_period, stg_projects
-- test: unique(cohort, project_type)
-- test: accepted_values(cohort: this_year, last_year)
-- test: not_null(cohort, project_type, signed, started)
--
-- The start rate of this year's signings (signed in the period) and of last year's (signed in the whole previous
-- year), both started by the as-of date ("上年度签约工业项目开工率69.30%，当年签约工业项目开工率68.29%").
-- columns:
--   signed, started, start_rate                all sizes
--   signed_ge1, started_ge1, start_rate_ge1    ≥ 1 亿元 (this_year's start_rate_ge1 is the 开工率 of kpis)
--   in_stats_ge1, stats_rate_ge1               ≥ 1 亿元 in the statistics by the as-of date (入统率)

with period as (
    select * from int_period(as_of)
),

cohort_members as (
    select p.*, d.as_of_date,
        case when year(p.signed_on) = year(d.as_of_date) then 'this_year' else 'last_year' end as cohort
    from stg_projects p, period d
    where p.signed_on between d.period_start and d.as_of_date
       or p.signed_on between d.prev_start and make_date(year(d.as_of_date) - 1, 12, 31)
),

grouped as (
    select
        cohort,
        coalesce(project_type, '全部') as project_type,
        count(*) as signed,
        count(*) filter (where started_on <= as_of_date) as started,
        count(*) filter (where investment >= 1) as signed_ge1,
        count(*) filter (where investment >= 1 and started_on <= as_of_date) as started_ge1,
        count(*) filter (where investment >= 1 and in_stats_on <= as_of_date) as in_stats_ge1
    from cohort_members
    group by grouping sets ((cohort), (cohort, project_type))
    having grouping(project_type) = 1 or project_type is not null
)

select *,
    case when signed = 0 then null else started / signed end as start_rate,
    case when signed_ge1 = 0 then null else started_ge1 / signed_ge1 end as start_rate_ge1,
    case when signed_ge1 = 0 then null else in_stats_ge1 / signed_ge1 end as stats_rate_ge1
from grouped
order by cohort desc, project_type = '全部' desc, signed desc, project_type
