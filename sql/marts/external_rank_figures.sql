-- grain: one row per external rank of the as-of year or the year before
-- materialized: macro(as_of)
-- depends: int_period, stg_external_ranks, indicator_actuals
-- test: unique(year, through_month, indicator, scope)
-- test: not_null(period, indicator, scope, rank, rank_words, matches_as_of)
--
-- The ranks the province or the prefecture gave (外部排名), joined to the city's figure they rank where the rank's
-- period is the as-of date's (1 January to the as-of month; 全年 at 31 December), so that a figure can be followed by
-- "，位居全省第二位".
-- columns:
--   period, year, through_month, indicator, scope, rank    as in the ledger
--   rank_words          第一 … 第十 in Chinese numerals, then 第11 …
--   matches_as_of       the rank's period ends in the as-of month of the as-of year
--   actual, actual_prev the city's figure for the indicator (indicator_actuals) where matches_as_of, else null

with period as (
    select * from int_period(as_of)
),

ranks as (
    select r.*, (r.year = year(d.as_of_date) and r.through_month = month(d.as_of_date)) as matches_as_of
    from stg_external_ranks r, period d
    where r.year in (year(d.as_of_date), year(d.as_of_date) - 1)
),

figures as (
    select indicator, actual, actual_prev from indicator_actuals(as_of) where region = '全市'
)

select
    r.period, r.year, r.through_month, r.indicator, r.scope, r.rank,
    case when r.rank <= 10 then '第' || ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][r.rank] else '第' || r.rank end as rank_words,
    r.matches_as_of,
    case when r.matches_as_of then f.actual end as actual,
    case when r.matches_as_of then f.actual_prev end as actual_prev
from ranks r
left join figures f using (indicator)
order by r.year desc, r.through_month desc, r.indicator, r.scope
