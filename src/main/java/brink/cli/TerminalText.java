package brink.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The terminal is output too: every string Brink prints may have come from a file (a scenario's
 * title, a manifest's name, a value in an error message), so control characters are shown as
 * visible escapes ({@code \x1B}, {@code \u202E}) instead of being sent to the terminal, where
 * they could move the cursor, rename the window or reorder the text. Line ends and tabs pass.
 */
final class TerminalText {
    private TerminalText() {}

    static boolean isUnsafe(int c) {
        if (c == '\n' || c == '\t') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)          // C0, DEL, C1 (CSI is 0x9B)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidirectional overrides
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    static String clean(CharSequence s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isUnsafe(c)) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
        }
        return sb == null ? s.toString() : sb.toString();
    }

    /** A writer that passes everything through {@link #clean}. */
    static PrintWriter wrap(PrintWriter target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                if (isUnsafe(c)) super.write(clean(String.valueOf((char) c)), 0, 4);
                else super.write(c);
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws IOException {
                String c = clean(str.substring(off, off + len));
                out.write(c, 0, c.length());
            }
        }, true);
    }

    /** For code that holds a plain Writer. */
    static Writer wrap(Writer target) {
        return wrap(target instanceof PrintWriter p ? p : new PrintWriter(target));
    }
}
