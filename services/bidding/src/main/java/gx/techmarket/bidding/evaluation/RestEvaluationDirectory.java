package gx.techmarket.bidding.evaluation;

import gx.techmarket.bidding.evaluation.DirectoryResource.DrawnPanel;
import gx.techmarket.bidding.evaluation.DirectoryResource.ExpertEntry;
import gx.techmarket.bidding.evaluation.DirectoryResource.PanelDraw;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The directory over HTTP (config key {@code directory}). */
@ApplicationScoped
class RestEvaluationDirectory implements EvaluationDirectory {

    private final DirectoryResource directory;

    RestEvaluationDirectory(@RestClient DirectoryResource directory) {
        this.directory = directory;
    }

    @Override
    public DrawnPanel draw(String bearer, PanelDraw request) {
        return directory.draw(bearer, request);
    }

    @Override
    public Optional<ExpertEntry> me(String bearer) {
        return directory.me(bearer);
    }
}
