-- Registration points come from the directory (机构库) now: the platform's organisations library keeps the read
-- model of directory.organisations.v1 (points opened and closed, with their codes), so the registry keeps no copy of
-- its own. registration_serial stays the registry's: the counter of the numbers each point issued, whichever point
-- the directory opens.

-- The accepting point's region, for the sub-market an admin operates (taken from the directory on acceptance).
alter table contract add column registration_point_region varchar(6) check (registration_point_region ~ '^[1-8][0-9]{5}$');
update contract c set registration_point_region = '45' || p.city_code || '00'
  from registration_point p where p.uscc = c.registration_point_uscc;

-- A buyer from outside Guangxi unknown to the directory, recorded as the broker declared it (unverified). The
-- default stays: a row written without the column (the benchmark's bulk copy) names an ordinary, verified buyer.
alter table contract add column buyer_external boolean not null default false;
alter table contract add constraint contract_external_buyer_outside_guangxi
    check (not buyer_external or buyer_region !~ '^45');

alter table contract drop constraint contract_registration_point_uscc_fkey;
alter table registration_serial drop constraint registration_serial_point_uscc_fkey;
drop table registration_point;
