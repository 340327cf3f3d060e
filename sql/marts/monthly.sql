-- grain: one row per year (the as-of year and the one before) and month, January to the as-of month
-- materialized: macro(as_of)
-- depends: monthly_members
-- test: unique(year, month)
--
-- The city's rows of monthly_members. columns: per month and cumulative from January: signed_ge1 (count
-- ≥ 1 亿元), signed_investment, started_ge1, funds (亿元); signed_count and funds_projects, the projects behind
-- signed_investment and funds. The as-of month counts projects to the as-of day (last year: the same day) and
-- funds for the whole month.

with city as (
    select * exclude (dimension, member) from monthly_members(as_of) where dimension = 'all'
)

select * from city order by year, month
