package gx.techmarket.subsidy.claim;

import java.io.InputStream;

/** A file of evidence with what a download is served with: the display name, the stored type and size. */
record Download(String fileName, String mediaType, long size, InputStream content) {}
