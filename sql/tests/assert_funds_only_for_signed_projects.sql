-- model: stg_funds
-- Funds arrive for projects that have been signed, not for projects still under negotiation.
select f.project_id, f.month, f.amount
from stg_funds f join stg_projects p using (project_id)
where p.signed_on is null and p.status = '在谈'
