-- grain: one row per dimension and member of the projects ledger: dimension 'all' (member 全市), 'region',
--        'industry_chain' or 'fund_source'
-- materialized: table
-- depends: stg_projects
-- test: unique(dimension, member)
-- test: not_null(dimension, member)
--
-- Every member, whether or not anything happened to its projects: the marts list members from here.

with projects as (
    select region, industry_chain, fund_source from stg_projects
),

members as (
    select
        case when grouping(region) = 0 then 'region'
             when grouping(industry_chain) = 0 then 'industry_chain'
             when grouping(fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(region, industry_chain, fund_source, '全市') as member
    from projects
    group by grouping sets ((region), (industry_chain), (fund_source), ())
)

select * from members
