package gx.techmarket.registry.registration;

import gx.techmarket.platform.organisations.Directory;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The registration points, as the directory (机构库) opens and closes them, and the numbers they issue. The registry
 * keeps no copy of a point: its name, region and code are the directory's read model's (the platform's
 * organisations library), so a point the directory opens works at once and one it closes stops at once.
 */
@ApplicationScoped
public class RegistrationPoints {

    private final Directory directory;
    private final RegistrationSerials serials;

    RegistrationPoints(Directory directory, RegistrationSerials serials) {
        this.directory = directory;
        this.serials = serials;
    }

    /** The open registration point whose organisation is {@code uscc}, if it is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownPoint> find(String uscc) {
        return directory.openRegistrationPoint(uscc)
                .map(p -> KnownPoint.of(p.uscc(), p.name(), p.region(), p.code()));
    }

    /**
     * Issues the next registration number of {@code point} for a registration on {@code registeredOn}, in the
     * caller's transaction: unique and gap-free per point and year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationNumber issue(KnownPoint point, LocalDate registeredOn) {
        int serial = serials.next(point.uscc(), registeredOn.getYear());
        if (serial > RegistrationNumber.MAX_SERIAL) {
            throw ProblemException.conflict("REGISTRATION_SERIALS_EXHAUSTED", point.name(),
                    String.valueOf(registeredOn.getYear()));
        }
        return RegistrationNumber.of(registeredOn, point, serial);
    }
}
