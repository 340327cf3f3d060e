-- model: indicator_actuals
-- The targets' actuals agree with the headline figures of kpis for 全市 and every region.
select a.region, a.indicator, a.actual, a.actual_prev
from indicator_actuals($as_of) a
join kpis($as_of) k on k.member = a.region and k.dimension in ('all', 'region')
where (a.indicator = '新签约亿元以上项目数' and (a.actual <> k.signed_ge1 or a.actual_prev <> k.signed_ge1_prev))
   or (a.indicator = '新开工亿元以上项目数' and (a.actual <> k.started_ge1 or a.actual_prev <> k.started_ge1_prev))
   or (a.indicator = '签约项目数' and (a.actual <> k.signed_count or a.actual_prev <> k.signed_count_prev))
   or (a.indicator = '实际到位资金(亿元)' and (a.actual <> k.funds_in_place or a.actual_prev <> k.funds_prev))
