-- grain: one row per year, region (or 全市) and indicator
-- materialized: table
-- depends: raw.targets
-- test: unique(year, region, indicator)
-- test: accepted_values(indicator: 签约项目数, 新签约亿元以上项目数, 新签约10亿元以上项目数, 新签约20亿元以上项目数, 新签约50亿元以上项目数, 新签约100亿元以上项目数, 重点产业项目签约数, 新开工项目数, 新开工2000万元以上项目数, 新开工亿元以上项目数, 新开工10亿元以上项目数, 重点项目数, 签约总投资(亿元), 实际到位资金(亿元), 实际到位省外资金(亿元), 完成固定资产投资(亿元), 实际利用外资(万美元), 外出招商次数, 拜访企业数)

with source as (
    select * from raw.targets
),

renamed as (
    select year, region, indicator, target::decimal(20, 6) as target from source
)

select * from renamed
