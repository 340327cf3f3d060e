-- model: cohorts
-- 新引进 is the period's signings: as many projects as signings counts, region by region.
select c.region, c.projects, s.signed_count
from cohorts($as_of) c
join key_figures($as_of) s using (region)
where c.cohort = '新引进' and c.projects <> s.signed_count
