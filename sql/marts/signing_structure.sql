-- grain: one row per dimension and member among the projects signed in the period (or last year's)
-- materialized: macro(as_of)
-- depends: int_period, stg_projects, stg_regions
-- test: unique(dimension, member)
-- test: not_null(dimension, member, projects, investment, projects_prev, investment_prev)
-- test: accepted_values(dimension: project_type, investor_type, company_tag, company_group, origin_group, method, signing_event, key_project, strategic, region_type)
--
-- The structure of the period's signings ("工业项目902个、占比74.42%", "长三角地区新签投资项目23个，占新签项目的82%").
-- dimension: project_type 项目类型, investor_type 投资主体性质, company_tag 企业类别 (a project counts under each of
-- its tags, so these shares need not add up to 1), company_group 央企国企和500强 (any of 央企, 省属国企, 世界500强,
-- 中国500强, 民营500强), origin_group 投资方所在地's group, method 招商方式, signing_event 签约活动 (signings at
-- no event have no row), key_project and strategic (是 / 否), region_type 类型 of the region (地区 ledger).
-- A blank value is the member 未填.
-- columns:
--   projects, investment (亿元), ge1 (projects ≥ 1 亿元)   signed this period
--   project_share, investment_share       of all projects signed this period (fractions)
--   projects_prev, investment_prev        the same period last year

with period as (
    select * from int_period(as_of)
),

signed as (
    select p.*, r.region_type, p.signed_on >= d.period_start as is_current
    from stg_projects p
    cross join period d
    left join stg_regions r on r.region = p.region
    where p.signed_on between d.period_start and d.as_of_date or p.signed_on between d.prev_start and d.prev_as_of
),

members as (
    select project_id, investment, is_current,
        unnest([
            {'dimension': 'project_type', 'member': coalesce(project_type, '未填')},
            {'dimension': 'investor_type', 'member': coalesce(investor_type, '未填')},
            {'dimension': 'origin_group', 'member': coalesce(origin_group, '未填')},
            {'dimension': 'method', 'member': coalesce(method, '未填')},
            {'dimension': 'signing_event', 'member': signing_event},
            {'dimension': 'key_project', 'member': case when is_key_project then '是' else '否' end},
            {'dimension': 'strategic', 'member': case when is_strategic then '是' else '否' end},
            {'dimension': 'region_type', 'member': coalesce(region_type, '未填')},
            {'dimension': 'company_group', 'member': case when list_has_any(company_tags, ['央企', '省属国企', '世界500强', '中国500强', '民营500强'])
                                                         then '央企国企和500强' end}
        ]) as m
    from signed
    union all
    select project_id, investment, is_current, {'dimension': 'company_tag', 'member': tag}
    from (select project_id, investment, is_current, unnest(coalesce(company_tags, ['未填'])) as tag from signed)
),

totals as (
    select
        count(*) filter (where is_current) as projects,
        coalesce(sum(investment) filter (where is_current), 0) as investment
    from signed
),

grouped as (
    select
        m.dimension as dimension,
        m.member as member,
        count(*) filter (where is_current) as projects,
        coalesce(sum(investment) filter (where is_current), 0) as investment,
        count(*) filter (where is_current and investment >= 1) as ge1,
        count(*) filter (where not is_current) as projects_prev,
        coalesce(sum(investment) filter (where not is_current), 0) as investment_prev
    from members
    where m.member is not null
    group by all
)

select g.*,
    case when t.projects = 0 then null else g.projects / t.projects end::double as project_share,
    case when t.investment = 0 then null else g.investment / t.investment end::double as investment_share
from grouped g, totals t
order by g.dimension, g.projects desc, g.member
