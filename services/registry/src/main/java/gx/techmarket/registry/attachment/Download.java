package gx.techmarket.registry.attachment;

import java.io.InputStream;

/** An attachment's content with what a download is served with: the display name, the stored type and size. */
public record Download(String fileName, String mediaType, long size, InputStream content) {}
