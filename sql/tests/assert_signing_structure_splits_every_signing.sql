-- model: signing_structure
-- Each single-valued dimension splits the period's signings exactly: its members add up to all of them.
select s.dimension, sum(s.projects) as projects, sum(s.investment) as investment, g.signed_count, g.investment as signed_investment
from signing_structure($as_of) s
cross join (select * from key_figures($as_of) where region = '全市') g
where s.dimension in ('project_type', 'investor_type', 'origin_group', 'method', 'key_project', 'strategic', 'region_type')
group by s.dimension, g.signed_count, g.investment
having sum(s.projects) <> g.signed_count or sum(s.investment) <> g.investment
