package brink.experiment.calibration;

import brink.scenario.ParameterDistribution;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.FittedParameter;
import brink.scenario.calibration.ParameterFit;
import brink.stats.WeightedSample;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.List;

/**
 * The fitted what-if scenario a calibration writes (fitted.yaml): it {@code extends} the base
 * scenario and sets each fitted parameter to a distribution summarising its posterior. The
 * posterior is summarised per parameter (correlations between parameters are not kept; the
 * posterior samples are in posterior.csv):
 *
 * <ul>
 *   <li>a truncated normal with the posterior's weighted mean and sd, on the prior's range;</li>
 *   <li>the prior itself when the targets did not inform the parameter (posterior sd at least
 *       {@value #UNINFORMED_SD_RATIO} of the prior's and the mean moved by less than
 *       {@value #UNINFORMED_SHIFT} prior sd): a truncated normal would only narrow it by its form.</li>
 * </ul>
 * Each parameter's provenance says it was calibrated, against which targets file, by which
 * command and seed, and what the prior was.
 */
public final class FittedScenario {
    public static final String FILE = "fitted.yaml";
    static final double UNINFORMED_SD_RATIO = 0.9;
    static final double UNINFORMED_SHIFT = 0.2;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    private FittedScenario() {}

    /** The fit of one parameter from its weighted posterior sample and its prior sample (population 0). */
    public static ParameterFit fit(FittedParameter p, WeightedSample posterior, WeightedSample prior) {
        double pm = prior.mean(), ps = prior.sd(), m = posterior.mean(), s = posterior.sd();
        boolean informed = !(s >= UNINFORMED_SD_RATIO * ps && Math.abs(m - pm) < UNINFORMED_SHIFT * ps);
        ParameterDistribution d;
        if (!informed) {
            d = p.prior();
        } else if (s == 0) {
            d = new ParameterDistribution.Fixed(round(m));
        } else {
            double lo = Math.max(p.def().min(), p.prior().lower()), hi = Math.min(p.def().max(), p.prior().upper());
            d = new ParameterDistribution.TruncatedNormal(round(m), round(s), round(lo), round(hi));
        }
        return new ParameterFit(p, d, informed, pm, ps, m, s);
    }

    /** Four significant digits: the posterior is known to far less, and the file stays readable. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    /**
     * The YAML text. {@code extendsPath} is the base scenario's path relative to where the file is
     * written (the results folder).
     */
    public static String render(CalibrationSpec spec, List<ParameterFit> fits, String extendsPath, String command) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("name", spec.base().name() + "_calibrated");
        root.put("title", spec.base().title() + " (calibrated against " + spec.name() + ")");
        root.put("description", "The base scenario with the parameters fitted by '" + command + "' against " + spec.fileLabel()
                + " (ABC-SMC); each fitted parameter's provenance names the targets file, the command and the prior.");
        root.put("extends", extendsPath);
        for (ParameterFit f : fits) {
            ObjectNode at = root;
            List<String> segs = f.parameter().key().segments();
            for (int i = 0; i < segs.size() - 1; i++) {
                ObjectNode next = at.has(segs.get(i)) ? (ObjectNode) at.get(segs.get(i)) : at.putObject(segs.get(i));
                at = next;
            }
            ObjectNode n = at.putObject(segs.get(segs.size() - 1));
            for (var e : f.fitted().toMap().entrySet()) {
                if (e.getValue() instanceof Double v) n.put(e.getKey(), v);
                else if (e.getValue() instanceof String s) n.put(e.getKey(), s);
                else if (e.getValue() != null) n.set(e.getKey(), YAML.valueToTree(e.getValue()));
            }
            if (f.fitted().isFixed()) {
                n.remove("dist");
            }
            if (spec.base().parameter(f.parameter().key()) != null && spec.base().parameter(f.parameter().key()).asOf() != null) {
                n.put("as_of", spec.base().parameter(f.parameter().key()).asOf().toString());
            }
            n.put("assumption", provenance(spec, f, command));
        }
        try {
            return "# Written by " + command + "\n# Fitted by ABC-SMC against " + spec.fileLabel()
                    + "; the posterior samples are in posterior.csv, the diagnostics in report.html.\n"
                    + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String provenance(CalibrationSpec spec, ParameterFit f, String command) {
        String prior = f.parameter().prior().describe() + " (" + f.parameter().priorProvenance().describe() + ")";
        String text = (f.informed() ? "calibrated" : "calibrated, not informed by the targets (the prior is kept)")
                + " against " + spec.fileLabel() + " by '" + command + "' (ABC-SMC, seed " + spec.seed() + "); prior " + prior;
        // a scenario's assumption holds at most MAX_QUOTE characters; the prior's quote is the part that may be cut
        int max = brink.scenario.ScenarioLoader.MAX_QUOTE;
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The base scenario's path as the fitted file (in {@code outDir}) should name it. */
    public static String extendsPath(Path outDir, Path baseFile) {
        Path from = outDir.toAbsolutePath().normalize(), to = baseFile.toAbsolutePath().normalize();
        try {
            return from.relativize(to).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return to.toString();
        }
    }
}
