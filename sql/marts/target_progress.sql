-- grain: one row per region (or 全市) and indicator with a target in the as-of year
-- materialized: macro(as_of)
-- depends: target_progress_daily
-- test: unique(region, indicator)
-- test: accepted_values(light: green, yellow, red)
--
-- columns:
--   target, actual      the year's target and the actual to the as-of date (亿元 or a count)
--   completion          actual / target (null for a target of 0)
--   schedule            day of year of the as-of date / days in the year
--   light               green where completion ≥ schedule, yellow where ≥ schedule − 0.10, else red;
--                       a target of 0 is met (green); compared in exact decimals (actual × days against
--                       day × target), so a completion exactly on a boundary is not lost to binary fractions
--   gap                 completion − schedule
--   projects            the projects behind actual (the count itself, or the projects signed / with funds):
--                       public pages withhold an actual built from fewer than 3 projects
-- Picks the as-of date's rows of target_progress_daily.

with snapshot as (
    select * exclude (day) from target_progress_daily where day = as_of::date
)

select * from snapshot
