-- Three more 技术合同登记机构, so that registrations spread over several points and their counter rows
-- (registration_serial) instead of all queueing on 南宁's. Each is its city's point 01; the city code is digits 3–4
-- of the city's GB/T 2260 code (柳州市 450200 is 02, 桂林市 450300 is 03, 百色市 451000 is 10).
insert into registration_point (uscc, name, city_code, point_code)
values ('12450200498603174J', '柳州市技术合同登记站', '02', '01'),
       ('12450300498726051E', '桂林市技术合同登记站', '03', '01'),
       ('124510004989152823', '百色市技术合同登记站', '10', '01');
