-- grain: one row per project (项目编号)
-- materialized: table
-- depends: raw.projects, stg_regions
-- test: unique(project_id)
-- test: not_null(project_id, project_name, region, industry_chain, fund_source, investment, status)
-- test: accepted_values(status: 在谈, 已签约, 已开工, 已投产, 已入统, 已终止)
-- test: accepted_values(origin_group: 长三角, 珠三角/粤港澳, 京津冀, 境外, 其他)
-- test: not_null(is_key_project, is_strategic, is_key_industry)
--
-- columns:
--   project_id ... method      the ledger's columns, renamed; investment in 亿元
--   status                     项目状态 as written, or derived from the dates when absent
--   is_terminated              项目状态 = 已终止
--   key_project ... lead_unit  the second edition's columns (null where the ledger lacks them); company_tags a list
--   is_key_project             重点项目 = 是 (blank or absent: false)
--   origin_group               投资方所在地 grouped: 长三角 (上海 江苏 浙江 安徽), 珠三角/粤港澳 (广东 香港 澳门), 京津冀 (北京 天津
--                              河北), 境外 (outside the mainland: 台湾 and countries), 其他 (other provinces); null where not given
--   is_strategic               战略性新兴产业 as written, else the 产业链 is on the regions ledger's 全市 list (false without one)
--   is_key_industry            重点产业项目: is_strategic, or the 产业链 is a lead industry (主导产业) of the project's region
--   source_file/sheet/row      where the row came from

with source as (
    select * from raw.projects
),

regions as (
    select * from stg_regions
),

city_strategic as (
    select coalesce(flatten(list(strategic_industries)), []) as chains from regions where strategic_industries is not null
),

typed as (
    select
        project_id,
        name as project_name,
        investor,
        region,
        industry_chain,
        fund_source,
        investment::decimal(20, 6) as investment,
        signed_on,
        started_on,
        producing_on,
        in_stats_on,
        coalesce(status, case
            when in_stats_on is not null then '已入统'
            when producing_on is not null then '已投产'
            when started_on is not null then '已开工'
            when signed_on is not null then '已签约'
            else '在谈'
        end) as status,
        project_type,
        investor_type,
        method,
        key_project,
        case when company_tags is null then null else string_split(company_tags, '、') end as company_tags,
        investor_origin,
        signing_event,
        strategic_emerging,
        contract_foreign_capital::decimal(20, 6) as contract_foreign_capital,
        negotiation_stage,
        expected_signing_on,
        registered_on,
        lead_unit,
        _file as source_file,
        _sheet as source_sheet,
        _row as source_row
    from source
),

flagged as (
    select t.*,
        t.status = '已终止' as is_terminated,
        coalesce(t.key_project, false) as is_key_project,
        case
            when t.investor_origin is null then null
            when t.investor_origin in ('上海', '江苏', '浙江', '安徽') then '长三角'
            when t.investor_origin in ('广东', '香港', '澳门') then '珠三角/粤港澳'
            when t.investor_origin in ('北京', '天津', '河北') then '京津冀'
            when t.investor_origin in ('山西', '内蒙古', '辽宁', '吉林', '黑龙江', '福建', '江西', '山东', '河南', '湖北', '湖南', '广西', '海南',
                                       '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆') then '其他'
            when t.investor_origin in ('香港', '澳门', '台湾', '日本', '韩国', '新加坡', '美国', '德国', '英国', '法国', '意大利', '荷兰', '瑞士', '瑞典', '比利时', '奥地利', '丹麦', '芬兰', '挪威', '西班牙', '爱尔兰', '卢森堡', '加拿大', '澳大利亚', '新西兰', '以色列', '泰国', '马来西亚', '印度尼西亚', '越南', '印度', '阿联酋', '沙特阿拉伯', '俄罗斯', '巴西', '墨西哥', '开曼群岛', '英属维尔京群岛', '百慕大') then '境外'
            else '其他'
        end as origin_group,
        coalesce(t.strategic_emerging, list_contains(c.chains, t.industry_chain), false) as is_strategic,
        coalesce(t.strategic_emerging, list_contains(c.chains, t.industry_chain), false)
            or coalesce(list_contains(r.lead_industries, t.industry_chain), false) as is_key_industry
    from typed t
    cross join (select coalesce(any_value(chains), []) as chains from city_strategic) c
    left join regions r on r.region = t.region
)

select * from flagged
