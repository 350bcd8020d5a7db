package gx.techmarket.registry.registration;

import gx.techmarket.platform.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/** The known registration points and the numbers they issue. */
@ApplicationScoped
public class RegistrationPoints {

    private final RegistrationPointRepository points;

    RegistrationPoints(RegistrationPointRepository points) {
        this.points = points;
    }

    /** The registration point whose organisation is {@code uscc}, if it is one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<KnownPoint> find(String uscc) {
        return points.findByIdOptional(uscc).map(RegistrationPoint::toKnown);
    }

    /**
     * Issues the next registration number of {@code point} for a registration on {@code registeredOn}, in the
     * caller's transaction: unique and gap-free per point and year.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationNumber issue(KnownPoint point, LocalDate registeredOn) {
        int serial = points.nextSerial(point.uscc(), registeredOn.getYear());
        if (serial > RegistrationNumber.MAX_SERIAL) {
            throw ProblemException.conflict("REGISTRATION_SERIALS_EXHAUSTED", point.name(),
                    String.valueOf(registeredOn.getYear()));
        }
        return RegistrationNumber.of(registeredOn, point, serial);
    }
}
