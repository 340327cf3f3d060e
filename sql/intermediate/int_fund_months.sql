-- grain: one row per dimension, member and month with funds in place
-- materialized: table
-- depends: stg_funds, stg_projects
-- test: unique(dimension, member, month)
--
-- columns: month (its first day), amount (实际到位资金, 亿元)

with funds as (
    select * from stg_funds
),

projects as (
    select project_id, region, industry_chain, fund_source from stg_projects
),

monthly as (
    select
        case when grouping(p.region) = 0 then 'region'
             when grouping(p.industry_chain) = 0 then 'industry_chain'
             when grouping(p.fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(p.region, p.industry_chain, p.fund_source, '全市') as member,
        f.month,
        sum(f.amount) as amount
    from funds f
    join projects p using (project_id)
    group by grouping sets ((p.region, f.month), (p.industry_chain, f.month), (p.fund_source, f.month), (f.month))
)

select * from monthly
