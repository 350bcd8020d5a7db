-- The notification centre's own tables; outbox and inbox come from the messaging library.

-- A notice for one organisation (and, when recipient_role is set, only its users with that role). Read state is
-- the organisation's: whoever of it marks a notice read marks it for the colleagues it was addressed to as well.
create table notification (
    id             uuid         primary key,
    created_at     timestamptz  not null,
    version        bigint       not null,
    kind           varchar(40)  not null,
    recipient_uscc varchar(18)  not null,
    recipient_role varchar(20),
    subject_type   varchar(20)  not null,
    subject_id     uuid         not null,
    link           varchar(200) not null,
    args           jsonb        not null,
    deadline       timestamptz,
    -- what happened to whom, once: kind, subject, when it happened, recipient. An event delivered again under a new
    -- id (a replay) or a reminder job that runs twice makes no second notice.
    occurrence     varchar(300) not null unique,
    read_at        timestamptz
);
create index notification_of_recipient on notification (recipient_uscc, created_at desc, id);
create index notification_unread_of_recipient on notification (recipient_uscc) where read_at is null;

-- The challenges published, with their deadlines, for the reminder a day before (reminded_at: sent once).
create table known_challenge (
    id            uuid         primary key,
    created_at    timestamptz  not null,
    version       bigint       not null,
    title         varchar(200) not null,
    demander_uscc varchar(18)  not null,
    holder_uscc   varchar(18),
    deadline      timestamptz  not null,
    reminded_at   timestamptz
);
create index known_challenge_due on known_challenge (deadline) where reminded_at is null;

-- The users the service has seen (every call to the notification centre records its caller from the token):
-- where to mail the notices with deadlines addressed to their organisation and role.
create table subscriber (
    subject    varchar(100) primary key,
    org_uscc   varchar(18)  not null,
    roles      varchar(200) not null,
    email      varchar(254) not null,
    locale     varchar(10)  not null,
    updated_at timestamptz  not null
);
create index subscriber_of_org on subscriber (org_uscc);

-- Mails to send, written in the transaction of their notice and sent by the mail job (at least once: a crash
-- between the SMTP server's acceptance and the commit sends that mail again).
create table mail (
    id              uuid         primary key,
    created_at      timestamptz  not null,
    version         bigint       not null,
    notification_id uuid         not null references notification (id),
    recipient       varchar(254) not null,
    subject         varchar(400) not null,
    body            text         not null,
    attempts        integer      not null default 0,
    last_error      varchar(500),
    sent_at         timestamptz,
    unique (notification_id, recipient)
);
create index mail_pending on mail (created_at) where sent_at is null;

-- 通知公告 and 政策文件 the operators publish on the public front.
create table announcement (
    id                    uuid          primary key,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null,
    kind                  varchar(10)   not null check (kind in ('NOTICE', 'POLICY')),
    title                 varchar(200)  not null,
    body                  varchar(20000) not null,
    publisher_uscc        varchar(18)   not null,
    publisher_name        varchar(200)  not null,
    publisher_kind        varchar(20)   not null,
    publisher_region      varchar(6)    not null,
    publisher_parent_uscc varchar(18),
    status                varchar(20)   not null check (status in ('PUBLISHED', 'WITHDRAWN')),
    published_at          timestamptz   not null,
    published_by          varchar(200)  not null,
    withdrawn_at          timestamptz,
    withdrawn_by          varchar(200)
);
create index announcement_published on announcement (kind, published_at desc, id) where status = 'PUBLISHED';
create index announcement_all on announcement (published_at desc, id);
