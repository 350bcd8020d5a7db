package gx.techmarket.catalogue.result;

import java.util.Optional;

/**
 * The types a result may carry, recognised from the first bytes of the content; the client's declared type and the
 * file name are never trusted.
 */
enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    final String mediaType;
    private final byte[] signature;

    AttachmentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    static Optional<AttachmentType> of(byte[] head) {
        for (AttachmentType type : values()) {
            if (head.length >= type.signature.length) {
                boolean match = true;
                for (int i = 0; i < type.signature.length && match; i++) {
                    match = head[i] == type.signature[i];
                }
                if (match) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }
}
