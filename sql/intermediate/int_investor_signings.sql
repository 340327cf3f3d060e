-- grain: one row per 投资主体性质 (未填 where the ledger leaves it empty) and signing day
-- materialized: table
-- depends: stg_projects
-- test: unique(investor_type, day)
--
-- columns: projects (count), investment (亿元)

with projects as (
    select investor_type, investment, signed_on from stg_projects where signed_on is not null
),

daily as (
    select coalesce(investor_type, '未填') as investor_type, signed_on as day, count(*) as projects, sum(investment) as investment
    from projects
    group by all
)

select * from daily
