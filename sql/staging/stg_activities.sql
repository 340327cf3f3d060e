-- grain: one row per ledger row of 招商活动台账
-- materialized: table
-- depends: raw.activities
-- test: not_null(activity_date, region, activity_type, activity_count)

with source as (
    select * from raw.activities
),

renamed as (
    select date as activity_date, region, activity_type, count as activity_count, note from source
)

select * from renamed
