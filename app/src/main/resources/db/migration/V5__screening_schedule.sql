-- Screening on a schedule (issue 3 §4): one per region, daily or on a day of the month, at an hour
-- (Asia/Shanghai). last_run_on is claimed before the run, so two instances or a restart on the same
-- day never screen twice; a failed run leaves its error for the page to show.
create table screening_schedule (
    region_code  varchar(12) primary key,
    day_of_month smallint check (day_of_month between 1 and 28),
    hour         smallint    not null check (hour between 0 and 23),
    enabled      boolean     not null,
    set_by       text        not null,
    set_at       timestamptz not null,
    last_run_on  date,
    last_run_id  bigint,
    last_error   text
);
