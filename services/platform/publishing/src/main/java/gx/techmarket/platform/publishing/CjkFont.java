package gx.techmarket.platform.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The project's CJK font (ADR 0024): Noto Sans SC Regular cut to the GBK repertoire (SIL Open Font License, the
 * licence beside it in {@code fonts/OFL.txt}). Every PDF the market writes embeds a subset of it, so Chinese shows the
 * same on every reader and stays searchable text.
 */
public final class CjkFont {

    /** Where the font lies on the class path. */
    public static final String RESOURCE = "/fonts/NotoSansSC-Regular-GBK.ttf";

    /** Printed instead of a character the font has no glyph for (outside GBK), so a name is never cut silently. */
    public static final int MISSING = '□';

    private static final byte[] BYTES = load();

    private CjkFont() {}

    /** A copy of the font file's bytes. */
    public static byte[] bytes() {
        return BYTES.clone();
    }

    /** The font parsed afresh (a {@link TrueTypeFont} belongs to the one document it is embedded in). */
    public static TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
    }

    private static byte[] load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the CJK font " + RESOURCE + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
