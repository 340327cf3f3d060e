-- grain: one row per dimension and member at the as-of date: dimension 'all' (member 全市), 'region',
--        'industry_chain' or 'fund_source'
-- materialized: macro(as_of)
-- depends: kpis_daily
-- test: unique(dimension, member)
-- test: not_null(dimension, member, signed_count, funds_in_place)
-- test: accepted_values(dimension: all, region, industry_chain, fund_source)
--
-- The period is 1 January of the as-of year to the as-of date; the previous period is the same
-- dates one year earlier (29 February becomes 28 February). Funds count whole months, January to
-- the as-of month. Amounts in 亿元, rates as fractions. Picks the as-of date's rows of kpis_daily, where
-- every date of the data's years is computed once per data version.
--
-- columns:
--   signed_* / started_*     projects with 签约日期 / 开工日期 in the period: count, investment, and
--                            counts with investment ≥ 1, 10, 20, 50, 100 亿元; *_prev the same last year
--   producing_*              projects with 投产日期 in the period
--   under_construction_ge1   ≥ 1 亿元, 开工日期 ≤ as-of, 投产日期 empty or later, not terminated;
--                            _outside: of those, 资金来源 省外资金
--   funds_in_place(_prev)    实际到位资金 January to the as-of month (last year: same months)
--   funds_projects(_prev)    the distinct projects behind funds_in_place (funds_prev): public pages withhold a
--                            figure built from fewer than 3 projects
--   start_rate / stats_rate  among projects ≥ 1 亿元 signed in the period, the share started / in
--                            statistics by the as-of date (null when none were signed)

with snapshot as (
    select * from kpis_daily where day = as_of::date
),

renamed as (
    select day as as_of, * exclude (day) from snapshot
)

select * from renamed
