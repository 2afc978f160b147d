-- Sign-in events in the audit trail (sign_in, sign_in_failed, sign_in_locked, sign_in_refused,
-- sign_out, sign_out_all: rows of audit_event, entity 'sign_in') and single sign-on through an agency's
-- OpenID Connect provider (docs/decisions/0007-single-sign-on.md).

-- Sign-in events soon outnumber every other audit row: the audit search filters them by action.
create index audit_event_action_at on audit_event (action, at desc);

-- Which tidtam user an identity of the provider is. Linked by an admin only: the provider never creates
-- users nor gives roles; the (issuer, subject) pair is what OpenID Connect guarantees to be stable.
create table user_oidc_identity (
  issuer text not null,
  subject text not null check (length(subject) between 1 and 255),
  user_id int not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (issuer, subject)
);
create index user_oidc_identity_user on user_oidc_identity (user_id);

-- One sign-in through the provider under way: the PKCE verifier and nonce stay on the server, keyed by
-- the SHA-256 of the state the browser carries in a cookie. Deleted when the callback uses it (single
-- use); a row past expires_at is never used and is swept by the next sign-in.
create table oidc_login_state (
  state_hash text primary key,
  code_verifier text not null,
  nonce text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
