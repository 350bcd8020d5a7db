package gx.techmarket.subsidy.programme;

import gx.techmarket.contracts.events.Party;
import gx.techmarket.platform.domain.Relation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A directory for the rules' unit tests: versions of organisations from an instant on (a suspension is a version
 * without a party), read as of one instant, with the platform's one relation over the parents in force then.
 */
final class TestDirectory {

    private record Version(Instant from, Party party) {}

    private final Map<String, List<Version>> versions = new HashMap<>();

    /** {@code parties} verified from 2000 on. */
    static TestDirectory of(List<Party> parties) {
        TestDirectory d = new TestDirectory();
        parties.forEach(p -> d.verified(p, Instant.parse("2000-01-01T00:00:00Z")));
        return d;
    }

    /** {@code party} as the directory has it from {@code from} on. */
    TestDirectory verified(Party party, Instant from) {
        versions.computeIfAbsent(party.uscc(), u -> new ArrayList<>()).add(new Version(from, party));
        return this;
    }

    /** {@code uscc} suspended from {@code from} on. */
    TestDirectory suspended(String uscc, Instant from) {
        versions.computeIfAbsent(uscc, u -> new ArrayList<>()).add(new Version(from, null));
        return this;
    }

    /** The directory as of {@code when}. */
    DirectoryOnDate on(Instant when) {
        return new DirectoryOnDate() {
            @Override
            public Instant when() {
                return when;
            }

            @Override
            public Optional<Party> verified(String uscc) {
                return versions.getOrDefault(uscc, List.of()).stream()
                        .filter(v -> !v.from().isAfter(when))
                        .max(Comparator.comparing(Version::from))
                        .map(Version::party);
            }

            @Override
            public Relation relation(String a, String b) {
                return Relation.between(a, b, u -> verified(u).map(Party::parentUscc));
            }
        };
    }
}
