package brink.scenario;

/**
 * Where a parameter's value comes from: a source article (file name and an exact quote), or a
 * modelling assumption with its reason, or neither (a scenario file that overrode it without
 * saying why); and {@code setIn}, the scenario file that set the value, whichever of those it is,
 * so a what-if's overrides can be told from what it inherits from its base.
 */
public record Provenance(String sourceFile, String quote, String assumption, String setIn) {

    public static Provenance source(String file, String quote) { return new Provenance(file, quote, null, null); }
    public static Provenance assumption(String reason) { return new Provenance(null, null, reason, null); }
    public static Provenance setIn(String scenarioFile) { return new Provenance(null, null, null, scenarioFile); }

    /** The same source or assumption, set in {@code scenarioFile}. */
    public Provenance withSetIn(String scenarioFile) { return new Provenance(sourceFile, quote, assumption, scenarioFile); }

    public boolean isSource() { return sourceFile != null; }
    public boolean isAssumption() { return assumption != null; }

    /** One line for tables and narratives: the source or assumption, else the file that set it. */
    public String describe() {
        if (sourceFile != null) return sourceFile + ": \"" + quote + "\"";
        if (assumption != null) return "assumption: " + assumption;
        return "set in " + setIn;
    }
}
