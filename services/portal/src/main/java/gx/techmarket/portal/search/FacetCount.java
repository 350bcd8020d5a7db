package gx.techmarket.portal.search;

/** A facet value of a service's search and how many matches have it. */
public record FacetCount(String value, long count) {}
