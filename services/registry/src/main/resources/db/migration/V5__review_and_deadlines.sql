-- H3 of issue 15: review, refusal, correction and deadlines.

-- The working-day calendar (工作日): per year the State Council's notice (国务院办公厅关于某年部分节假日安排的通知) with
-- its source, and its days: statutory holidays (HOLIDAY, 放假, weekend days of a holiday included so that the calendar
-- reads as the notice does) and weekend days worked (WORKDAY, 调休上班). An admin of the province loads next year's
-- when it is published (PUT /calendar/{year}); a year not loaded counts Monday to Friday, provisionally.
create table calendar_year (
    year         integer primary key check (year between 2000 and 2099),
    source       varchar(500) not null,
    published_on date not null,
    loaded_by    varchar(200) not null,
    loaded_at    timestamptz not null
);

create table calendar_day (
    date date primary key,
    year integer not null references calendar_year (year) on delete cascade,
    kind varchar(10) not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name varchar(50) not null,
    check (extract(year from date) = year),
    -- a weekday cannot be "made" a working day: it is one
    check (kind = 'HOLIDAY' or extract(isodow from date) in (6, 7))
);

insert into calendar_year (year, source, published_on, loaded_by, loaded_at) values
  (2025, '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号），2024年11月12日', date '2024-11-12', 'V5', timestamptz '2024-11-12T12:00:00+08:00'),
  (2026, '国务院办公厅关于2026年部分节假日安排的通知，2025年11月4日（新华社同日全文播发；文号未能核实）', date '2025-11-04', 'V5', timestamptz '2025-11-04T22:15:00+08:00');

insert into calendar_day (date, year, kind, name) values
  (date '2025-01-01', 2025, 'HOLIDAY', '元旦'),
  (date '2025-01-26', 2025, 'WORKDAY', '春节调休上班'),
  (date '2025-01-28', 2025, 'HOLIDAY', '春节'),
  (date '2025-01-29', 2025, 'HOLIDAY', '春节'),
  (date '2025-01-30', 2025, 'HOLIDAY', '春节'),
  (date '2025-01-31', 2025, 'HOLIDAY', '春节'),
  (date '2025-02-01', 2025, 'HOLIDAY', '春节'),
  (date '2025-02-02', 2025, 'HOLIDAY', '春节'),
  (date '2025-02-03', 2025, 'HOLIDAY', '春节'),
  (date '2025-02-04', 2025, 'HOLIDAY', '春节'),
  (date '2025-02-08', 2025, 'WORKDAY', '春节调休上班'),
  (date '2025-04-04', 2025, 'HOLIDAY', '清明节'),
  (date '2025-04-05', 2025, 'HOLIDAY', '清明节'),
  (date '2025-04-06', 2025, 'HOLIDAY', '清明节'),
  (date '2025-04-27', 2025, 'WORKDAY', '劳动节调休上班'),
  (date '2025-05-01', 2025, 'HOLIDAY', '劳动节'),
  (date '2025-05-02', 2025, 'HOLIDAY', '劳动节'),
  (date '2025-05-03', 2025, 'HOLIDAY', '劳动节'),
  (date '2025-05-04', 2025, 'HOLIDAY', '劳动节'),
  (date '2025-05-05', 2025, 'HOLIDAY', '劳动节'),
  (date '2025-05-31', 2025, 'HOLIDAY', '端午节'),
  (date '2025-06-01', 2025, 'HOLIDAY', '端午节'),
  (date '2025-06-02', 2025, 'HOLIDAY', '端午节'),
  (date '2025-09-28', 2025, 'WORKDAY', '国庆节调休上班'),
  (date '2025-10-01', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-02', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-03', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-04', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-05', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-06', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-07', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-08', 2025, 'HOLIDAY', '国庆节、中秋节'),
  (date '2025-10-11', 2025, 'WORKDAY', '国庆节调休上班'),
  (date '2026-01-01', 2026, 'HOLIDAY', '元旦'),
  (date '2026-01-02', 2026, 'HOLIDAY', '元旦'),
  (date '2026-01-03', 2026, 'HOLIDAY', '元旦'),
  (date '2026-01-04', 2026, 'WORKDAY', '元旦调休上班'),
  (date '2026-02-14', 2026, 'WORKDAY', '春节调休上班'),
  (date '2026-02-15', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-16', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-17', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-18', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-19', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-20', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-21', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-22', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-23', 2026, 'HOLIDAY', '春节'),
  (date '2026-02-28', 2026, 'WORKDAY', '春节调休上班'),
  (date '2026-04-04', 2026, 'HOLIDAY', '清明节'),
  (date '2026-04-05', 2026, 'HOLIDAY', '清明节'),
  (date '2026-04-06', 2026, 'HOLIDAY', '清明节'),
  (date '2026-05-01', 2026, 'HOLIDAY', '劳动节'),
  (date '2026-05-02', 2026, 'HOLIDAY', '劳动节'),
  (date '2026-05-03', 2026, 'HOLIDAY', '劳动节'),
  (date '2026-05-04', 2026, 'HOLIDAY', '劳动节'),
  (date '2026-05-05', 2026, 'HOLIDAY', '劳动节'),
  (date '2026-05-09', 2026, 'WORKDAY', '劳动节调休上班'),
  (date '2026-06-19', 2026, 'HOLIDAY', '端午节'),
  (date '2026-06-20', 2026, 'HOLIDAY', '端午节'),
  (date '2026-06-21', 2026, 'HOLIDAY', '端午节'),
  (date '2026-09-20', 2026, 'WORKDAY', '国庆节调休上班'),
  (date '2026-09-25', 2026, 'HOLIDAY', '中秋节'),
  (date '2026-09-26', 2026, 'HOLIDAY', '中秋节'),
  (date '2026-09-27', 2026, 'HOLIDAY', '中秋节'),
  (date '2026-10-01', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-02', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-03', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-04', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-05', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-06', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-07', 2026, 'HOLIDAY', '国庆节'),
  (date '2026-10-10', 2026, 'WORKDAY', '国庆节调休上班');

-- The registration clock: the China date it started (受理, or the resubmission after 补正); null while none runs.
alter table contract add column clock_started_on date;
-- filings accepted before V5: their clock started on their acceptance
update contract set clock_started_on = (accepted_at at time zone 'Asia/Shanghai')::date where status = 'ACCEPTED';
-- Why the contract went to expert review (LARGE: 技术交易额 at or above the threshold; DISPUTED), once it did.
alter table contract add column review_reason varchar(10) check (review_reason in ('LARGE', 'DISPUTED'));
-- 不予登记: the grounds from the official list, the registrar's explanation, when.
alter table contract add column refusal_grounds text[];
alter table contract add column refusal_explanation varchar(2000);
alter table contract add column refused_at timestamptz;
alter table contract add constraint contract_refused_with_grounds
    check ((status = 'NOT_REGISTERED') = (refused_at is not null and cardinality(refusal_grounds) > 0));

-- The expert panel the directory drew for a contract's review (抽取专家), as drawn: one per contract.
create table review_panel (
    contract_id uuid primary key references contract (id),
    panel_id    varchar(64) not null,
    field       varchar(64) not null,
    seed        bigint not null,
    reason      varchar(10) not null check (reason in ('LARGE', 'DISPUTED')),
    drawn_by    varchar(200) not null,
    drawn_at    timestamptz not null
);

create table review_panel_expert (
    contract_id       uuid not null references review_panel (contract_id),
    position          integer not null,
    expert_id         varchar(64) not null,
    name              varchar(200) not null,
    organisation_uscc varchar(18),
    organisation_name varchar(200),
    primary key (contract_id, position),
    unique (contract_id, expert_id)
);
create index review_panel_expert_by_expert on review_panel_expert (expert_id);

-- Each drawn expert's opinion, once.
create table expert_opinion (
    contract_id uuid not null references review_panel (contract_id),
    expert_id   varchar(64) not null,
    conclusion  varchar(10) not null check (conclusion in ('REGISTER', 'REFUSE', 'CORRECT')),
    opinion     varchar(2000) not null,
    given_by    varchar(200) not null,
    given_at    timestamptz not null,
    primary key (contract_id, expert_id),
    foreign key (contract_id, expert_id) references review_panel_expert (contract_id, expert_id)
);

-- Deadline notices sent (ContractDeadlineApproaching): once per contract, clock start and kind.
create table deadline_notice (
    contract_id      uuid not null references contract (id),
    clock_started_on date not null,
    kind             varchar(12) not null check (kind in ('APPROACHING', 'OVERDUE')),
    sent_at          timestamptz not null,
    primary key (contract_id, clock_started_on, kind)
);

create index contract_clock on contract (status, clock_started_on);
