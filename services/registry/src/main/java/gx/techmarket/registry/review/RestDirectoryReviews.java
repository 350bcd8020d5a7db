package gx.techmarket.registry.review;

import gx.techmarket.registry.review.DirectoryResource.DrawnPanel;
import gx.techmarket.registry.review.DirectoryResource.PanelDraw;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The directory over HTTP (config key {@code directory}). */
@ApplicationScoped
class RestDirectoryReviews implements DirectoryReviews {

    private final DirectoryResource directory;

    RestDirectoryReviews(@RestClient DirectoryResource directory) {
        this.directory = directory;
    }

    @Override
    public DrawnPanel draw(String bearer, PanelDraw request) {
        return directory.draw(bearer, request);
    }

    @Override
    public Optional<String> expertId(String bearer) {
        return directory.expertId(bearer);
    }
}
