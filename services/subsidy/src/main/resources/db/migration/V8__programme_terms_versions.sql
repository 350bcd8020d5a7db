-- Issue 16, programmes as data run by admins (ADR 0025). A programme-year's terms are versions: each a complete copy
-- of the settings, in force from its effective_from day (China time) until the next version's; never edited. A
-- contract is assessed under the version in force on its registration day, and every entitlement records it, so a
-- change of the terms never rewrites what was decided before it.
create table programme_terms (
    id                       uuid           primary key,
    programme_code           varchar(64)    not null,
    budget_year              integer        not null,
    version                  integer        not null check (version >= 1),
    effective_from           date           not null,
    rate                     numeric(7, 6)  check (rate is null or (rate > 0 and rate <= 0.50)),
    per_contract_cap         numeric(18, 2) check (per_contract_cap > 0),
    minimum_basis            numeric(18, 2) check (minimum_basis >= 0),
    eligible_categories      text[]         not null,
    policy_clause            varchar(1000)  not null,
    grant_mode               varchar(20)    not null check (grant_mode in ('AUTOMATIC', 'CLAIM')),
    approval                 varchar(30)    not null check (approval in ('SUB_MARKET', 'CITY_THEN_PROVINCE')),
    per_beneficiary_year_cap numeric(18, 2) check (per_beneficiary_year_cap > 0),
    minimum_amount           numeric(18, 2) check (minimum_amount > 0),
    fixed_amount             numeric(18, 2) check (fixed_amount > 0),
    renewal_amount           numeric(18, 2) check (renewal_amount > 0),
    -- why the terms changed (null for version 1, the terms the programme was opened with)
    reason                   varchar(500),
    -- the admin who made the version (its user name and organisation); null for the seeded and migrated ones
    created_by               varchar(200),
    created_at               timestamptz    not null,
    constraint programme_terms_version unique (programme_code, budget_year, version),
    constraint programme_terms_programme foreign key (programme_code, budget_year)
        references programme (code, budget_year),
    -- a version governs contracts of its programme's budget year only
    constraint programme_terms_in_year check (extract(year from effective_from) = budget_year)
);

create function programme_terms_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the versions of a programme''s terms are never edited: % on % is refused; add a new version',
        tg_op, tg_table_name using errcode = '55000';
end
$$;

create trigger programme_terms_immutable before update or delete on programme_terms
    for each row execute function programme_terms_immutable();
create trigger programme_terms_no_truncate before truncate on programme_terms
    for each statement execute function programme_terms_immutable();

-- Every programme so far (the demo rows of V2, those opened since) has its settings as version 1, in force from its
-- effective date or the start of its budget year.
insert into programme_terms (id, programme_code, budget_year, version, effective_from, rate, per_contract_cap,
                             minimum_basis, eligible_categories, policy_clause, grant_mode, approval,
                             per_beneficiary_year_cap, minimum_amount, fixed_amount, renewal_amount, created_at)
select gen_random_uuid(), code, budget_year, 1, coalesce(effective_from, make_date(budget_year, 1, 1)), rate,
       per_contract_cap, minimum_basis, eligible_categories, policy_clause, grant_mode, approval,
       per_beneficiary_year_cap, minimum_amount, fixed_amount, renewal_amount, created_at
  from programme;

-- The version of its programme's terms each entitlement was assessed under: all so far under version 1.
alter table entitlement add column programme_version integer not null default 1 check (programme_version >= 1);
