package gx.techmarket.catalogue.result;

import java.util.UUID;

/**
 * A result was published or withdrawn in a transaction of this instance: its search document is updated right after
 * the commit (the instance's own changes are searchable at once; other instances learn it from
 * {@code catalogue.results.v1}).
 */
record ResultChanged(UUID id) {}
