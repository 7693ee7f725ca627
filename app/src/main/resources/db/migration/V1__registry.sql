-- Regions: the five-level statistical division codes, with a materialised path (DHIS2 style).
create table region (
    code          varchar(12) primary key,
    name          text        not null,
    level         smallint    not null check (level between 1 and 5), -- 1 省 2 市 3 县 4 乡 5 村
    parent_code   varchar(12),
    path          text        not null,                               -- /41/4113/411328/411328101/411328101201/
    province_code varchar(2)  not null,
    city_code     varchar(4),
    county_code   varchar(6),
    township_code varchar(9)
);
create index region_parent_idx on region (parent_code);
create index region_path_idx on region (path text_pattern_ops);
create index region_name_idx on region (name);

-- Imports: one row per uploaded file (data-contract §1-2).
create table import_batch (
    id                bigserial primary key,
    feed              text        not null,
    source_department text        not null,
    as_of             date        not null,
    file_name         text        not null,
    sha256            varchar(64) not null,
    size_bytes        bigint      not null,
    charset           text,
    uploaded_by       text        not null,
    uploaded_at       timestamptz not null,
    status            text        not null, -- ACCEPTED, REJECTED
    rows_read         bigint      not null default 0,
    accepted          bigint      not null default 0,
    rejected          bigint      not null default 0,
    skipped_empty     bigint      not null default 0,
    unmatched         bigint      not null default 0,
    unknown_columns   text,
    message           text,
    region_code       varchar(12) not null  -- the uploader's region: who may see this batch
);
create unique index import_batch_once_idx on import_batch (feed, sha256) where status = 'ACCEPTED';

create table import_error (
    batch_id    bigint not null references import_batch (id) on delete cascade,
    row_number  bigint not null,
    column_name text,
    value       text,
    reason_zh   text   not null,
    reason_en   text   not null
);
create index import_error_batch_idx on import_error (batch_id, row_number);

-- Registry (data-contract §3.1-3.3). Every fact carries the five level codes of its village.
-- Bulk tables carry no foreign keys: imports check references set-wise before writing (an FK
-- trigger per row cost 4.3 s per million member rows, see docs/adr/0002-database.md), and rows
-- are never deleted.
create table household (
    id             bigserial primary key,
    household_no   text        not null unique,
    village_code   varchar(12) not null,
    township_code  varchar(9)  not null,
    county_code    varchar(6)  not null,
    city_code      varchar(4)  not null,
    province_code  varchar(2)  not null,
    head_name      text        not null,
    head_id_number varchar(18) not null,
    household_type text        not null,
    phone          text,
    relocated      boolean,
    address        text,
    batch_id       bigint      not null,
    row_number     bigint      not null
);
create index household_village_idx on household (village_code);
create index household_township_idx on household (township_code);
create index household_head_name_idx on household (head_name);
create index household_head_id_idx on household (head_id_number);

create table member (
    id_number       varchar(18) primary key,
    household_id    bigint      not null,
    name            text        not null,
    relation        text        not null,
    sex             varchar(1)  not null,
    birth_date      date        not null,
    health          text,
    labor_skill     text,
    student_status  text,
    medical_insured boolean,
    pension_insured boolean,
    work_status     text,
    work_months     smallint,
    village_code    varchar(12) not null,
    batch_id        bigint      not null,
    row_number      bigint      not null
);
create index member_household_idx on member (household_id);
create index member_name_idx on member (name);
create index member_village_idx on member (village_code);

create table income_survey (
    household_id            bigint   not null,
    year                    smallint not null,
    wage_fen                bigint   not null,
    business_fen            bigint   not null,
    property_fen            bigint   not null,
    transfer_fen            bigint   not null,
    business_cost_fen       bigint   not null,
    claim_fen               bigint,
    compliant_self_paid_fen bigint,
    batch_id                bigint   not null,
    row_number              bigint   not null,
    primary key (household_id, year)
);

-- Users: every user belongs to a region and sees nothing outside it.
create table app_user (
    id            bigserial primary key,
    username      text        not null unique,
    password_hash text        not null,
    display_name  text        not null,
    region_code   varchar(12) not null references region (code),
    role          text        not null, -- VILLAGE, TOWNSHIP, COUNTY, CITY, PROVINCE, DEPARTMENT
    enabled       boolean     not null default true
);

-- Every view of a person's full record, every download.
create table audit_log (
    id       bigserial primary key,
    at       timestamptz not null,
    username text        not null,
    action   text        not null,
    subject  text        not null,
    detail   text
);
create index audit_log_subject_idx on audit_log (subject);
