package gx.techmarket.demand.edition;

import gx.techmarket.platform.publishing.edition.EditionRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An edition (期) of the 企业技术需求目录: what was published for a month and a scope, frozen once made. */
@Entity
@Table(name = "edition")
public class Edition extends EditionRecord {}
