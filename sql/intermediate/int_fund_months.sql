-- grain: one row per dimension, member and month with funds in place
-- materialized: table
-- depends: stg_funds, stg_projects
-- test: unique(dimension, member, month)
--
-- columns: month (its first day), amount (实际到位资金, 亿元),
--          projects      projects with funds that month (an amount other than 0)
--          new_projects  of those, the ones with no funds in an earlier month of the same year: summed from
--                        January they give the distinct projects behind the year's funds to date, which public
--                        pages need to withhold a figure built from fewer than 3 projects

with funds as (
    select * from stg_funds
),

projects as (
    select project_id, region, industry_chain, fund_source from stg_projects
),

flagged as (
    select *,
        amount <> 0 as has_funds,
        amount <> 0 and month = min(month) filter (where amount <> 0) over (partition by project_id, year(month)) as is_first_in_year
    from funds
),

monthly as (
    select
        case when grouping(p.region) = 0 then 'region'
             when grouping(p.industry_chain) = 0 then 'industry_chain'
             when grouping(p.fund_source) = 0 then 'fund_source'
             else 'all' end as dimension,
        coalesce(p.region, p.industry_chain, p.fund_source, '全市') as member,
        f.month,
        sum(f.amount) as amount,
        count(*) filter (where f.has_funds) as projects,
        count(*) filter (where f.is_first_in_year) as new_projects
    from flagged f
    join projects p using (project_id)
    group by grouping sets ((p.region, f.month), (p.industry_chain, f.month), (p.fund_source, f.month), (f.month))
)

select * from monthly
