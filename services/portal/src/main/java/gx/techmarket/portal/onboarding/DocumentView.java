package gx.techmarket.portal.onboarding;

import io.quarkus.qute.TemplateData;

/** A supporting document of an application, without its bytes. */
@TemplateData
public record DocumentView(String id, String fileName, String contentType, int size, String sha256) {}
