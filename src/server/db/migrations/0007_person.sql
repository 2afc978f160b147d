-- People for the coming workforce module (personal data under Thailand's PDPA), and the idempotency
-- keys of retried form posts.

-- The Thai national ID check digit: (11 - (Σ dᵢ × (14 - i), i = 1..12) mod 11) mod 10.
create function thai_national_id_valid(id text) returns boolean
  language sql immutable strict
  as $$
    select case when id ~ '^[0-9]{13}$' then
      (11 - (select sum(substr(id, i, 1)::int * (14 - i)) from generate_series(1, 12) as i) % 11) % 10
        = substr(id, 13, 1)::int
    else false end
  $$;

create table person (
  id serial primary key,
  -- personal data: shown masked to everyone; an admin's explicit reveal is audited (read_personal)
  national_id text not null unique check (thai_national_id_valid(national_id)),
  birth_date date not null check (birth_date between date '1900-01-01' and date '2100-12-31'),
  title text,
  first_name text not null,
  last_name text not null,
  unit_id int references org_unit (id),
  position text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1
);
create index person_unit on person (unit_id);

-- A retried POST with the same Idempotency-Key header, by the same actor, within 24 hours gets the
-- first answer instead of doing the work again. A row without status is being processed.
create table idempotency_key (
  -- 'user:<id>' or 'cli' (the operator)
  actor text not null,
  key text not null,
  -- sha-256 of method, route, parameters and body: the same key with a different request is refused
  request_hash text not null,
  status int,
  response text,
  created_at timestamptz not null default now(),
  primary key (actor, key)
);
create index idempotency_key_created on idempotency_key (created_at);
