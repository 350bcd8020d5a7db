package gx.techmarket.subsidy.claim;

import java.nio.file.Path;

/** A file part of an upload as the HTTP layer received it: where it lies on disk, its declared name, its size. */
record Upload(Path file, String fileName, long size) {}
