package brink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Brink's wording for the command-line mistakes picocli finds while it reads the arguments: what
 * was given and what is allowed ("--seed: 'abc' is not a whole number (a seed is any integer from
 * ... to ...)"), instead of Java's type names ("is not a long") or picocli's arity phrasing.
 * Anything not recognised keeps picocli's message, which already names the option and value.
 */
final class ParameterMessages {
    private ParameterMessages() {}

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> REAL = Set.of(double.class, Double.class, float.class, Float.class);
    /** picocli's "requires at least 2 values, but only 1 were specified" (or "but none were specified"). */
    private static final Pattern TOO_FEW = Pattern.compile("requires at least (\\d+) values, but (?:only (\\d+)|none) were");

    /** The one line printed after "brink: " for a picocli parameter exception. */
    static String of(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null && ex.getValue() != null) {
            String m = badValue(ex.getArgSpec(), ex.getValue());
            if (m != null) return m;
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String m = tooFew(ex.getCommandLine(), missing.getMissing(), ex.getMessage());
            if (m != null) return m;
        }
        return ex.getMessage();
    }

    private static String badValue(ArgSpec arg, String value) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        String name = name(arg);
        if (WHOLE.contains(type)) {
            boolean digits = value.trim().matches("[+-]?\\d+");
            long[] range = range(type);
            // digits that do not fit the type are a number too big (or too small), not "not a number"
            String what = !digits ? "is not a whole number"
                    : value.trim().startsWith("-") ? "is below " + range[0] : "is above " + range[1];
            if (name.equals("--seed")) {
                return name + ": '" + value + "' " + what + " (a seed is any integer from " + range[0] + " to " + range[1] + ")";
            }
            return name + ": '" + value + "' " + what + "; " + about(arg);
        }
        if (REAL.contains(type)) {
            return name + ": '" + value + "' is not a number; " + about(arg);
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return name + ": value '" + value + "': allowed: " + or(names);
        }
        return null;
    }

    /** "compare needs at least 2 results folders (...), got 1" for a positional given too few values. */
    private static String tooFew(CommandLine cl, List<ArgSpec> missing, String message) {
        Matcher m = TOO_FEW.matcher(message == null ? "" : message);
        if (cl == null || missing == null || missing.size() != 1 || !(missing.get(0) instanceof PositionalParamSpec p) || !m.find()) {
            return null;
        }
        String got = m.group(2) == null ? "none" : m.group(2);
        return cl.getCommandSpec().name() + " needs at least " + m.group(1) + " " + noun(p.paramLabel()) + ", got " + got;
    }

    /** What a positional's label stands for, in the plural. */
    private static String noun(String label) {
        return switch (label) {
            case "DIR" -> "results folders made by 'brink run' (the first is the reference)";
            case "FILE" -> "files";
            default -> label + " values";
        };
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    /** "--runs N: replications, 1 to 100,000,000 (default 1000)": the option's own help line. */
    private static String about(ArgSpec arg) {
        String description = String.join(" ", arg.description()).trim();
        String label = arg instanceof OptionSpec o ? o.longestName() + " " + arg.paramLabel() : arg.paramLabel();
        return description.isEmpty() ? label : label + ": " + description;
    }

    private static long[] range(Class<?> type) {
        if (type == int.class || type == Integer.class) return new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE};
        if (type == short.class || type == Short.class) return new long[]{Short.MIN_VALUE, Short.MAX_VALUE};
        if (type == byte.class || type == Byte.class) return new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE};
        return new long[]{Long.MIN_VALUE, Long.MAX_VALUE};
    }

    private static String or(List<String> words) {
        if (words.size() < 2) return String.join("", words);
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + words.get(words.size() - 1);
    }
}
