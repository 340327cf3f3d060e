-- model: funnel
-- The funnel's population is that of the 开工率 and 入统率 of kpis: its shares are those rates, for every member.
select f.dimension, f.member, f.started_rate, k.start_rate, f.in_stats_rate, k.stats_rate
from funnel($as_of) f
join kpis($as_of) k on k.dimension = f.dimension and k.member = f.member
where f.signed > 0 and (abs(f.started_rate - k.start_rate) > 1e-12 or abs(f.in_stats_rate - k.stats_rate) > 1e-12)
