create table note (
    note_id  varchar(100) not null,
    sequence integer      not null,
    text     varchar(200) not null,
    primary key (note_id, sequence)
);

-- What the consumer did: one row per handled event, in the order it handled them.
create table note_effect (
    handled_order bigserial    primary key,
    event_id      uuid         not null unique,
    note_id       varchar(100) not null,
    sequence      integer      not null
);
