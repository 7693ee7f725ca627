-- Self-declarations (农户自主申报) from the public page. A registered household's declaration opens a
-- case at once (the township must accept it within 2 days); a person not in the registry waits
-- for the township to register the household.
create table declaration (
    receipt       varchar(20) primary key,
    submitted_at  timestamptz not null,
    name          text        not null,
    id_number     varchar(18) not null,
    phone         varchar(11) not null,
    village_code  varchar(12) not null,
    township_code varchar(9)  not null,
    county_code   varchar(6)  not null,
    hardship      text        not null,
    description   text        not null,
    household_id  bigint,
    case_id       bigint,
    status        text        not null, -- CASE_OPENED, NEW_HOUSEHOLD
    ip            text        not null
);
create index declaration_township_idx on declaration (township_code, status);
create index declaration_id_number_idx on declaration (id_number);
