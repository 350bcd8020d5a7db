package gx.techmarket.contracts.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the wire contract of an event record: its logical type (never the Java class name), its topic and the
 * type of aggregate it is about. {@link EventType#of(Class)} reads it; the JSON Schema of the type is the
 * classpath resource {@code contracts/events/schemas/<type>.schema.json}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    /** The logical type, {@code <service>.<PastTenseName>.v<major>}, e.g. {@code registry.ContractRegistered.v1}. */
    String type();

    /** The topic, {@code <service>.<aggregate-plural>.v<major>}, e.g. {@code registry.contracts.v1}. */
    String topic();

    /** The aggregate type the event's {@link DomainEvent#aggregateId()} identifies, e.g. {@code Contract}. */
    String aggregateType();
}
