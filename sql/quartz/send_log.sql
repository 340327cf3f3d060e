-- The digest send log in the cluster's PostgreSQL (PostgresSendLog), shared by the nodes so that a node
-- taking over a digest sees what the others sent. Every node runs this at start; it creates only what
-- is missing.
create table if not exists analytics_digest_sends (
  id bigserial primary key,
  digest text not null,
  dashboard text not null,
  as_of date not null,
  recipient text not null,
  message_id text not null,
  status text not null,
  attempts integer not null,
  at timestamptz not null,
  error text null,
  node text null
);
create index if not exists analytics_digest_sends_key on analytics_digest_sends (digest, as_of, recipient, id);
create index if not exists analytics_digest_sends_at on analytics_digest_sends (at);
create table if not exists analytics_digest_runs (
  id bigserial primary key,
  digest text not null,
  fire_time timestamptz not null,
  as_of date not null,
  outcome text not null,
  at timestamptz not null,
  note text null,
  node text null
);
create index if not exists analytics_digest_runs_digest on analytics_digest_runs (digest, fire_time);

