-- The monitoring standard's versions beyond the shipped defaults (monitoring-standard.md §1-2):
-- one row per version, its parameters as the CSV line the engine reads.
create table monitoring_standard (
    id              bigserial primary key,
    province_code   varchar(2)  not null,
    county_code     varchar(6),
    year            int         not null,
    document_number text        not null,
    effective_date  date        not null,
    version         int         not null,
    definition      text        not null, -- header line + value line, MonitoringStandards.parse
    created_by      text        not null,
    created_at      timestamptz not null
);

-- Screening runs: a run and its warnings become visible together, in one transaction.
create table screening_run (
    id             bigserial primary key,
    as_of          date        not null,
    scope          varchar(12) not null,
    standard_label text        not null,
    started_by     text        not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    households     bigint      not null,
    findings       bigint      not null,
    raised         bigint      not null,
    counts         text        not null  -- rule=found/raised;…
);

create table risk_warning (
    id              bigserial primary key,
    household_id    bigint      not null,
    rule_code       varchar(8)  not null,
    rule_version    int         not null,
    risk_type       text        not null,
    figures         text        not null,
    evidence        text        not null,
    evidence_key    text        not null,
    run_id          bigint      not null references screening_run (id),
    as_of           date        not null,
    standard_label  text        not null,
    raised_at       timestamptz not null,
    village_code    varchar(12) not null,
    township_code   varchar(9)  not null,
    county_code     varchar(6)  not null,
    city_code       varchar(4)  not null,
    province_code   varchar(2)  not null,
    household_type  text        not null,
    status          text        not null default 'OPEN', -- OPEN DISPATCHED INCLUDED EXCLUDED ALREADY_MONITORED
    due_date        date,
    dispatched_by   text,
    dispatched_at   timestamptz,
    verified_by     text,
    verified_at     timestamptz,
    verify_reason   text
);
-- never two open warnings for the same household and rule
create unique index risk_warning_open_idx on risk_warning (household_id, rule_code)
    where status in ('OPEN', 'DISPATCHED');
create index risk_warning_answered_idx on risk_warning (household_id, rule_code, evidence_key);
create index risk_warning_county_idx on risk_warning (county_code, status);
create index risk_warning_township_idx on risk_warning (township_code, status);
create index risk_warning_village_idx on risk_warning (village_code, status);
