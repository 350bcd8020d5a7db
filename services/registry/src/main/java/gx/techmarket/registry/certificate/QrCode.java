package gx.techmarket.registry.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The modules of a QR code for a URL (ZXing), drawn by the caller as vector squares: sharp at any print size, no
 * image in the PDF. Error correction M survives a crease or a stamp on a printed certificate.
 */
final class QrCode {

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException e) {
            // only text too long for any QR version gets here; a verification URL is far below that
            throw new IllegalArgumentException("no QR code holds " + text.length() + " characters", e);
        }
    }

    /** Modules per side (without quiet zone). */
    int size() {
        return matrix.getWidth();
    }

    boolean dark(int x, int y) {
        return matrix.get(x, y);
    }
}
