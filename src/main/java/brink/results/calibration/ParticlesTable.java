package brink.results.calibration;

import brink.results.Csv;
import brink.results.Numbers;
import brink.results.ResultsException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The schema of a population of particles, for its writer and its reader (--resume):
 * posterior.csv (the final population) and populations/population-T.csv (each population, the
 * checkpoint a resumed calibration continues from). One row per particle: its index, the fitted
 * parameters' values (columns named by their parameter paths), distance, weight, attempts, the
 * simulated statistic of each target (columns named by target id), and {@value #CHECK}, the
 * CRC-32C of the row's text before it. Numbers are written by {@link Numbers} and read back
 * exactly, so a resumed calibration continues from the very numbers it had.
 */
public final class ParticlesTable {
    public static final String POSTERIOR = "posterior.csv";
    public static final String FOLDER = "populations";
    public static final String CHECK = "row_crc32c";

    private final List<String> parameters;
    private final List<String> targets;

    public ParticlesTable(List<String> parameterPaths, List<String> targetIds) {
        this.parameters = List.copyOf(parameterPaths);
        this.targets = List.copyOf(targetIds);
    }

    /** The checkpoint file of population {@code t} (0-based), inside the results folder. */
    public static String populationFile(int t) {
        return FOLDER + "/population-" + t + ".csv";
    }

    public List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("particle");
        c.addAll(parameters);
        c.add("distance");
        c.add("weight");
        c.add("attempts");
        for (String t : targets) c.add("sim_" + t);
        c.add(CHECK);
        return c;
    }

    public String header() { return Csv.line(columns()) + "\n"; }

    public String row(Particle p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.index());
        for (double v : p.values()) sb.append(',').append(Numbers.format(v));
        sb.append(',').append(Numbers.format(p.distance()));
        sb.append(',').append(Numbers.format(p.weight()));
        sb.append(',').append(p.attempts());
        for (double s : p.statistics()) sb.append(',').append(Numbers.format(s));
        String body = sb.toString();
        return body + ',' + checksum(body) + '\n';
    }

    public String render(List<Particle> particles) {
        StringBuilder sb = new StringBuilder(header());
        for (Particle p : particles) sb.append(row(p));
        return sb.toString();
    }

    static String checksum(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /**
     * A whole population read back: exactly {@code expected} rows numbered 0.. in order, each with
     * its checksum, under this table's header; null if the file is missing, torn, damaged or of
     * another calibration (a resumed calibration then computes the population again).
     */
    public List<Particle> readWhole(Path file, int expected) throws ResultsException {
        if (!Files.isRegularFile(file)) return null;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        } catch (IOException e) {
            throw ResultsException.cannotRead(file, e);
        }
        if (!text.startsWith(header())) return null;
        String[] lines = text.substring(header().length()).split("\n", -1);
        if (lines.length != expected + 1 || !lines[expected].isEmpty()) return null;
        List<Particle> out = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            Particle p = parse(lines[i]);
            if (p == null || p.index() != i) return null;
            out.add(p);
        }
        return out;
    }

    private Particle parse(String line) {
        int k = parameters.size(), m = targets.size();
        String[] f = line.split(",", -1);
        if (f.length != 5 + k + m) return null;
        String body = line.substring(0, line.lastIndexOf(','));
        if (!checksum(body).equals(f[f.length - 1])) return null;
        try {
            double[] values = new double[k], stats = new double[m];
            for (int i = 0; i < k; i++) values[i] = Double.parseDouble(f[1 + i]);
            for (int i = 0; i < m; i++) stats[i] = Double.parseDouble(f[4 + k + i]);
            Particle p = new Particle(Integer.parseInt(f[0]), values, Double.parseDouble(f[1 + k]),
                    Double.parseDouble(f[2 + k]), Integer.parseInt(f[3 + k]), stats);
            return row(p).equals(line + "\n") ? p : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
