-- grain: one row per region (every region of region_order)
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, region_order
-- test: unique(region)
-- test: not_null(region, signed_ge10, signed_ge50, position)
--
-- Zero breakthroughs ("尚未实现50亿元项目零的突破"): the regions' signings of ≥ 10 and ≥ 50 亿元 in the period, in the
-- regions' official order; a region with none has 0 and lacks_ge10 / lacks_ge50 true.
-- columns:
--   signed_ge10, signed_ge50      projects of ≥ 10 / ≥ 50 亿元 signed in the period
--   started_ge50                  projects of ≥ 50 亿元 started in the period
--   lacks_ge10, lacks_ge50        no such signing yet
--   ever_ge50                     the region has ever signed a project of ≥ 50 亿元 (by the as-of date)

with period as (
    select * from int_period(as_of)
),

counted as (
    select
        p.region,
        count(*) filter (where p.signed_on between d.period_start and d.as_of_date and p.investment >= 10) as signed_ge10,
        count(*) filter (where p.signed_on between d.period_start and d.as_of_date and p.investment >= 50) as signed_ge50,
        count(*) filter (where p.started_on between d.period_start and d.as_of_date and p.investment >= 50) as started_ge50,
        count(*) filter (where p.signed_on <= d.as_of_date and p.investment >= 50) > 0 as ever_ge50
    from stg_projects p, period d
    group by p.region
)

select o.region,
    coalesce(c.signed_ge10, 0) as signed_ge10,
    coalesce(c.signed_ge50, 0) as signed_ge50,
    coalesce(c.started_ge50, 0) as started_ge50,
    coalesce(c.signed_ge10, 0) = 0 as lacks_ge10,
    coalesce(c.signed_ge50, 0) = 0 as lacks_ge50,
    coalesce(c.ever_ge50, false) as ever_ge50,
    o.position
from region_order o
left join counted c using (region)
order by o.position
