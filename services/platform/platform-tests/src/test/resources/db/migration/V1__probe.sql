create table probe_note (
    id uuid primary key,
    title varchar(200) not null,
    amount numeric(18, 2) not null,
    created_at timestamptz not null default now()
);
