package brink.scenario;

/**
 * Where a parameter's value comes from: a source article (file name and an exact quote), a
 * modelling assumption with its reason, or a scenario file that overrode it without saying why.
 */
public record Provenance(String sourceFile, String quote, String assumption, String setIn) {

    public static Provenance source(String file, String quote) { return new Provenance(file, quote, null, null); }
    public static Provenance assumption(String reason) { return new Provenance(null, null, reason, null); }
    public static Provenance setIn(String scenarioFile) { return new Provenance(null, null, null, scenarioFile); }

    public boolean isSource() { return sourceFile != null; }
    public boolean isAssumption() { return assumption != null; }

    /** One line for tables and narratives. */
    public String describe() {
        if (sourceFile != null) return sourceFile + ": \"" + quote + "\"";
        if (assumption != null) return "assumption: " + assumption;
        return "set in " + setIn;
    }
}
