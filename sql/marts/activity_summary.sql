-- grain: one row per activity type and leader level, with the totals of each (全部) and the grand total
-- materialized: macro(as_of)
-- depends: int_period, stg_activities
-- test: unique(activity_type, leader)
-- test: not_null(activity_type, leader, batches, batches_prev)
--
-- The activities of the period by type (外出招商, 拜访企业, 云签约 …) and by 带队领导 ("市级领导累计拜访接待企业1100余家(次)",
-- "外出拜访重点目标企业265批次386家", "接待客商120余人", "举办云签约活动5场次，签约项目107个"), city and regions together.
-- activity_type / leader 全部: all types / all leaders; a leader not written is 未填.
-- columns:
--   batches, batches_prev            次数 (批次), this period and the same period last year
--   enterprises, enterprises_prev    企业数 (家)
--   visitors, visitors_prev          客商人数 (人)
--   signed_projects                  签约项目数 (集中签约, 云签约)

with period as (
    select * from int_period(as_of)
),

activities as (
    select a.*, coalesce(a.leader, '未填') as leader_level, a.activity_date >= d.period_start as is_current
    from stg_activities a, period d
    where a.activity_date between d.period_start and d.as_of_date or a.activity_date between d.prev_start and d.prev_as_of
),

grouped as (
    select
        case when grouping(activity_type) = 1 then '全部' else activity_type end as activity_type,
        case when grouping(leader_level) = 1 then '全部' else leader_level end as leader,
        coalesce(sum(activity_count) filter (where is_current), 0) as batches,
        coalesce(sum(activity_count) filter (where not is_current), 0) as batches_prev,
        coalesce(sum(enterprises) filter (where is_current), 0) as enterprises,
        coalesce(sum(enterprises) filter (where not is_current), 0) as enterprises_prev,
        coalesce(sum(visitors) filter (where is_current), 0) as visitors,
        coalesce(sum(visitors) filter (where not is_current), 0) as visitors_prev,
        coalesce(sum(signed_projects) filter (where is_current), 0) as signed_projects
    from activities
    group by grouping sets ((activity_type, leader_level), (activity_type), (leader_level), ())
)

select * from grouped
order by activity_type = '全部' desc, activity_type, leader = '全部' desc, leader
