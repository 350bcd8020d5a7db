package gx.techmarket.bidding.challenge;

/**
 * What another part of the service requires of a challenge before it is published (发榜) or republished after an
 * edit, e.g. a complete evaluation method. Every CDI bean implementing it is asked, inside the publishing
 * transaction; a refusal is a {@link gx.techmarket.platform.problems.ProblemException} and nothing is published.
 */
public interface PublicationCheck {

    void requireReadyToPublish(Challenge challenge);
}
