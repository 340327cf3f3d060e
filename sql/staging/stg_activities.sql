-- grain: one row per ledger row of 招商活动台账
-- materialized: table
-- depends: raw.activities
-- test: not_null(activity_date, region, activity_type, activity_count)
--
-- columns: activity_date, region, activity_type, activity_count (批次), note; the optional leader (带队领导),
--          enterprises (企业数, 家), visitors (客商人数), destination (目的地), signed_projects (签约项目数)

with source as (
    select * from raw.activities
),

renamed as (
    select date as activity_date, region, activity_type, count as activity_count, note,
           leader, enterprises, visitors, destination, signed_projects
    from source
)

select * from renamed
