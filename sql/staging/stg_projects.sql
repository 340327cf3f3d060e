-- grain: one row per project (项目编号)
-- materialized: table
-- depends: raw.projects
-- test: unique(project_id)
-- test: not_null(project_id, project_name, region, industry_chain, fund_source, investment, status)
-- test: accepted_values(status: 在谈, 已签约, 已开工, 已投产, 已入统, 已终止)
--
-- columns:
--   project_id ... method      the ledger's columns, renamed; investment in 亿元
--   status                     项目状态 as written, or derived from the dates when absent
--   is_terminated              项目状态 = 已终止
--   source_file/sheet/row      where the row came from

with source as (
    select * from raw.projects
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
        _file as source_file,
        _sheet as source_sheet,
        _row as source_row
    from source
),

flagged as (
    select *, status = '已终止' as is_terminated from typed
)

select * from flagged
