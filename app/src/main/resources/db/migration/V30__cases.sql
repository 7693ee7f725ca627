-- Identification cases (识别纳入): one row per clue, its rounds, verifications, objections and the
-- full history of transitions. "case" is a reserved word, hence identification_case.
create table identification_case (
    id                   bigserial primary key,
    version              bigint      not null default 0, -- optimistic locking
    household_id         bigint      not null references household (id),
    village_code         varchar(12) not null references region (code),
    township_code        varchar(9)  not null,
    county_code          varchar(6)  not null,
    channel              text        not null check (channel in ('DEPARTMENT_WARNING', 'SELF_DECLARATION', 'CADRE_SCREENING')),
    origin_ref           text        not null, -- warning id, receipt number or visit record
    clue_recorded_by     text        not null,
    clue_received_at     timestamptz not null,
    suspected_risks      text[]      not null default '{}',
    clue_description     text,
    step                 text        not null,
    -- county decision (县级审定)
    decided_by           text,
    decided_at           timestamptz,
    category             text,
    risk_types           text[],
    identification_month date,     -- first day of the month
    -- rejection (不予纳入)
    rejected_by          text,
    rejected_level       text,
    rejected_at          timestamptz,
    rejected_at_step     text,
    rejection_reason     text,
    tell_household_by    date,
    household_told_on    date,
    -- green channel (绿色通道)
    green_channel_by     text,
    green_channel_at     timestamptz,
    green_channel_reason text,
    check (risk_types is null or cardinality(risk_types) between 1 and 5)
);
create unique index identification_case_origin_idx on identification_case (channel, origin_ref);
create index identification_case_household_idx on identification_case (household_id);
create index identification_case_village_idx on identification_case (village_code, step);
create index identification_case_township_idx on identification_case (township_code, step);
create index identification_case_county_idx on identification_case (county_code, step);

-- One pass through the procedure; a re-check starts the next round.
create table case_round (
    case_id          bigint      not null references identification_case (id) on delete cascade,
    round            smallint    not null,
    clock_starts_on  date        not null,
    comparison_by    text,
    comparison_at    timestamptz,
    review_by        text,
    review_at        timestamptz,
    review_held_on   date,
    review_minutes   text,
    notice_by        text,
    notice_at        timestamptz,
    notice_first_day date,
    notice_last_day  date,
    township_by      text,
    township_at      timestamptz,
    township_opinion text,
    primary key (case_id, round),
    check (notice_last_day is null or notice_last_day >= notice_first_day)
);

-- 入户核实: at least two verifiers, the signed authorisation, the income as entered.
create table case_verification (
    case_id              bigint      not null,
    round                smallint    not null,
    recorded_by          text        not null,
    recorded_at          timestamptz not null,
    verifiers            text[]      not null check (cardinality(verifiers) >= 2),
    authorisation_signed boolean     not null check (authorisation_signed),
    wage_fen             bigint      not null,
    business_fen         bigint      not null,
    property_fen         bigint      not null,
    transfer_fen         bigint      not null,
    business_cost_fen    bigint      not null,
    household_size       smallint    not null,
    per_capita_net_fen   bigint      not null,
    findings             text        not null,
    primary key (case_id, round),
    foreign key (case_id, round) references case_round (case_id, round) on delete cascade
);

-- 信息比对: the X-rules that fired for the household, as reviewers see them.
create table case_comparison_finding (
    case_id   bigint   not null,
    round     smallint not null,
    seq       smallint not null,
    rule_code text     not null,
    summary   text     not null,
    primary key (case_id, round, seq),
    foreign key (case_id, round) references case_round (case_id, round) on delete cascade
);

-- 公示异议: logged and answered.
create table case_objection (
    case_id     bigint      not null,
    round       smallint    not null,
    number      smallint    not null,
    logged_by   text        not null,
    logged_at   timestamptz not null,
    raised_by   text,
    content     text        not null,
    answer      text,
    answered_by text,
    answered_at timestamptz,
    primary key (case_id, round, number),
    foreign key (case_id, round) references case_round (case_id, round) on delete cascade
);

-- Who, when, from, to, why: appended, never changed.
create table case_transition (
    case_id   bigint      not null references identification_case (id) on delete cascade,
    seq       integer     not null,
    actor     text        not null,
    at        timestamptz not null,
    from_step text,
    to_step   text        not null,
    reason    text        not null,
    primary key (case_id, seq)
);
create index case_transition_actor_idx on case_transition (actor);
