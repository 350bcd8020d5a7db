package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.Relation;
import java.time.Instant;
import java.util.Optional;

/**
 * The directory's (机构库) facts about organisations as they were in force at one instant, a contract's
 * registration: what the programmes' rules decide on, never the parties as the contract's event carried them (those
 * are what its users saw and typed).
 */
public interface DirectoryOnDate {

    /** The instant the facts are in force at. */
    Instant when();

    /** The organisation as the directory had it then, if it was known and verified then (not suspended). */
    Optional<Party> verified(String uscc);

    /** What organisation {@code a} was to {@code b} in the group tree then. */
    Relation relation(String a, String b);
}
