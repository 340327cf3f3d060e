-- grain: one row per year, region (or 全市) and indicator
-- materialized: table
-- depends: raw.targets
-- test: unique(year, region, indicator)
-- test: accepted_values(indicator: 新签约亿元以上项目数, 新开工亿元以上项目数, 实际到位资金(亿元), 签约总投资(亿元))

with source as (
    select * from raw.targets
),

renamed as (
    select year, region, indicator, target::decimal(20, 6) as target from source
)

select * from renamed
