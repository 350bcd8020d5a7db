package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.challenge.Challenge;
import gx.techmarket.bidding.challenge.PublicationCheck;
import jakarta.enterprise.context.ApplicationScoped;

/** A challenge is published only with a complete evaluation method (409 {@code EVALUATION_METHOD_MISSING}). */
@ApplicationScoped
class MethodCheck implements PublicationCheck {

    private final EvaluationService evaluations;

    MethodCheck(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void requireReadyToPublish(Challenge challenge) {
        evaluations.requireCompleteMethod(challenge);
    }
}
