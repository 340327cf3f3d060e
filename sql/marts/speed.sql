-- grain: one row for 全市 and one per region with projects started or producing in the period
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, region_order
-- test: unique(region)
-- test: not_null(region, started, producing, position)
--
-- How fast projects move: the median days from 签约 to 开工 of the projects started in the period (and last year's),
-- from 开工 to 投产 of those producing in the period, and the fastest project from signing to production ("3月签约、
-- 4月开工、12月投产"): internal, it names a project.
-- columns:
--   started, days_to_start, days_to_start_prev        projects started in the period (with a 签约日期); median days
--   producing, days_to_produce, days_to_produce_prev  projects producing in the period (with a 开工日期); median days
--   fastest_project_id, fastest_project_name, fastest_signed_on, fastest_started_on, fastest_producing_on, fastest_days
--                                                     the producing project with the fewest days from signing to production

with period as (
    select * from int_period(as_of)
),

projects as (
    select p.*,
        p.started_on between d.period_start and d.as_of_date as started_now,
        p.started_on between d.prev_start and d.prev_as_of as started_before,
        p.producing_on between d.period_start and d.as_of_date as producing_now,
        p.producing_on between d.prev_start and d.prev_as_of as producing_before
    from stg_projects p, period d
),

grouped as (
    select
        case when grouping(region) = 1 then '全市' else region end as region,
        count(*) filter (where started_now and signed_on is not null) as started,
        median(started_on - signed_on) filter (where started_now) as days_to_start,
        median(started_on - signed_on) filter (where started_before) as days_to_start_prev,
        count(*) filter (where producing_now and started_on is not null) as producing,
        median(producing_on - started_on) filter (where producing_now) as days_to_produce,
        median(producing_on - started_on) filter (where producing_before) as days_to_produce_prev,
        arg_min({'id': project_id, 'name': project_name, 'signed': signed_on, 'started': started_on, 'producing': producing_on},
                (producing_on - signed_on, project_id)) filter (where producing_now and signed_on is not null and started_on is not null) as fastest
    from projects
    group by grouping sets ((region), ())
)

select
    g.region, g.started, g.days_to_start, g.days_to_start_prev, g.producing, g.days_to_produce, g.days_to_produce_prev,
    g.fastest.id as fastest_project_id, g.fastest.name as fastest_project_name, g.fastest.signed as fastest_signed_on,
    g.fastest.started as fastest_started_on, g.fastest.producing as fastest_producing_on,
    g.fastest.producing - g.fastest.signed as fastest_days,
    coalesce(o.position, 0) as position
from grouped g
left join region_order o using (region)
where g.region = '全市' or g.started > 0 or g.producing > 0
order by position
