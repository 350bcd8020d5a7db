/**
 * The event contracts of techmarket, defined once: the event records ({@link ResultPublished}, {@link
 * ContractRegistered}, ...), their descriptors ({@link EventType}, {@link EventCatalog}), the JSON mapping every
 * producer and consumer uses ({@link EventJson}) and the validator that checks a payload against its JSON Schema
 * ({@link EventSchemas}).
 *
 * <p>The payload is the event's data only. The CloudEvents envelope (id, type, source, subject, time,
 * correlationid, causationid) travels in Kafka headers and is the messaging library's business, see
 * {@code contracts/asyncapi.yaml}.
 */
package gx.techmarket.contracts.events;
