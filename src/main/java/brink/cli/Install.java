package brink.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where Brink is installed, so that {@code brink} works from any folder: the launcher passes
 * {@code -Dbrink.home}; otherwise the folder holding {@code target/brink.jar} (or
 * {@code target/classes}). Input paths that do not exist where the command runs are looked for
 * there, so {@code brink run scenarios/baseline.yaml} and the defaults ({@code scenarios/baseline.yaml})
 * work wherever the command is typed; files named inside a scenario resolve relative to that file.
 */
final class Install {
    static final String DEFAULT_SCENARIO = "scenarios/baseline.yaml";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+-]+");

    private Install() {}

    /** The Brink folder, or null when it cannot be told (then paths are taken as given). */
    static Path home() {
        String prop = System.getProperty("brink.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop).toAbsolutePath().normalize();
        try {
            Path code = Path.of(Install.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
            // target/brink.jar or target/classes: the install is the folder above target/
            Path target = code.getParent();
            Path home = target == null ? null : target.getParent();
            if (home != null && Files.isDirectory(home.resolve("scenarios"))) return home.normalize();
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (unusual class loaders): paths are taken as given
        }
        return null;
    }

    /** An input file: as given if it exists (or is absolute), else the install's file of that relative name if that exists. */
    static Path input(Path file) {
        if (file.isAbsolute() || Files.exists(file)) return file;
        Path home = home();
        if (home != null && Files.exists(home.resolve(file))) return home.resolve(file);
        return file;
    }

    /** The scenario a command uses when none is named: the install's baseline. */
    static Path defaultScenario() {
        return input(Path.of(DEFAULT_SCENARIO));
    }

    /**
     * The command that makes a folder again, from any folder: the launcher and every path
     * absolute, words quoted for a POSIX shell where they need it. The thread count is left out
     * (it does not change the results).
     */
    static String command(String verb, Path input, List<String> args, Path out) {
        Path home = home();
        List<String> words = new ArrayList<>();
        words.add(home == null ? "./brink" : home.resolve("brink").toString());
        words.add(verb);
        words.add(input.toAbsolutePath().normalize().toString());
        words.addAll(args);
        if (out != null) {
            words.add("--out");
            words.add(out.toAbsolutePath().normalize().toString());
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(shellQuote(w));
        }
        return sb.toString();
    }

    static String shellQuote(String s) {
        if (PLAIN.matcher(s).matches()) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
