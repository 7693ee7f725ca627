-- Department feeds (data contract §4). One table per feed; a row's identity is (batch_id,
-- row_number), which is also the evidence a warning points to. Person-keyed rows keep their ID
-- number whether or not the person is in the registry yet: they match when the registry grows.
alter table import_error add column severity text not null default 'ERROR'; -- ERROR or WARNING

create table dept_medical (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, settle_date date not null, visit_type text,
    total_cost_fen bigint not null, basic_paid_fen bigint, critical_paid_fen bigint,
    assistance_paid_fen bigint, self_paid_fen bigint not null,
    primary key (batch_id, row_number));
create index dept_medical_person_idx on dept_medical (id_number, settle_date);

create table dept_civil_affairs (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, category text not null, start_date date not null,
    end_date date, amount_fen bigint,
    primary key (batch_id, row_number));
create index dept_civil_affairs_person_idx on dept_civil_affairs (id_number);

create table dept_death (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, death_date date not null,
    primary key (batch_id, row_number));
create index dept_death_person_idx on dept_death (id_number);

create table dept_education (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, stage text, status text not null, status_date date not null,
    self_paid_fees_fen bigint,
    primary key (batch_id, row_number));
create index dept_education_person_idx on dept_education (id_number);

create table dept_housing (
    batch_id bigint not null, row_number bigint not null,
    household_no text, head_id_number varchar(18), assess_date date not null, grade text not null,
    primary key (batch_id, row_number));
create index dept_housing_household_idx on dept_housing (household_no);
create index dept_housing_head_idx on dept_housing (head_id_number);

create table dept_employment (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, month date not null, status text not null,
    monthly_wage_fen bigint,
    primary key (batch_id, row_number));
create index dept_employment_person_idx on dept_employment (id_number, month);

create table dept_disaster (
    batch_id bigint not null, row_number bigint not null,
    household_no text, head_id_number varchar(18), disaster_date date not null,
    disaster_type text not null, loss_fen bigint not null,
    primary key (batch_id, row_number));
create index dept_disaster_household_idx on dept_disaster (household_no);
create index dept_disaster_head_idx on dept_disaster (head_id_number);

create table dept_accident (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, accident_date date not null, accident_type text,
    outcome text not null,
    primary key (batch_id, row_number));
create index dept_accident_person_idx on dept_accident (id_number);

create table dept_disability (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, category text, grade text not null, issue_date date not null,
    primary key (batch_id, row_number));
create index dept_disability_person_idx on dept_disability (id_number);

create table dept_water (
    batch_id bigint not null, row_number bigint not null,
    village_code varchar(12), household_no text, check_date date not null,
    compliant boolean not null, problem text,
    primary key (batch_id, row_number));
create index dept_water_village_idx on dept_water (village_code);
create index dept_water_household_idx on dept_water (household_no);

create table dept_vehicle (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, register_date date not null, vehicle_type text,
    value_fen bigint,
    primary key (batch_id, row_number));
create index dept_vehicle_person_idx on dept_vehicle (id_number);

create table dept_business (
    batch_id bigint not null, row_number bigint not null,
    id_number varchar(18) not null, register_date date not null, entity_type text,
    capital_fen bigint,
    primary key (batch_id, row_number));
create index dept_business_person_idx on dept_business (id_number);
