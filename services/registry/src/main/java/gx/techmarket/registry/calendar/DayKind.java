package gx.techmarket.registry.calendar;

/** A day the State Council's notice names: a statutory holiday (放假), or a weekend day worked (调休上班). */
public enum DayKind { HOLIDAY, WORKDAY }
