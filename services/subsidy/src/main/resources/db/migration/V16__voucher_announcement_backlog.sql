-- The vouchers that existed before their events did (V15): announced once at the service's start
-- (VoucherAnnouncements: VoucherIssued, and VoucherRedeemed or VoucherExpired as each stands), then taken off here.
-- Vouchers from now on announce themselves in the transaction of each movement and never enter this table.
create table voucher_announcement_backlog (
    voucher_id uuid primary key
);
insert into voucher_announcement_backlog (voucher_id) select id from voucher;
