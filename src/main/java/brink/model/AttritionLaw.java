package brink.model;

/**
 * The functional form of daily losses in a sector (Lanchester 1916; Helmbold 1964; Bracken 1995).
 * Each form is normalised so that day 0 gives the articles' casualty rates exactly; they differ in
 * how losses respond as forces change:
 *
 * <pre>
 *   losses of side X = C_X0 · (E / E_0)^e · (O / O_0)^o        E = enemy strength, O = own strength
 * </pre>
 *
 * with (e, o) = (1, 0) for the square law (aimed fire: losses grow with the enemy's numbers),
 * (1, 1) for the linear law (area fire: losses grow with the product), and the scenario's own
 * exponents for {@link #FITTED} (Helmbold-type power law; e.g. Bracken's (1995) fits of the
 * Ardennes campaign).
 */
public enum AttritionLaw {
    SQUARE("square"),
    LINEAR("linear"),
    FITTED("fitted");

    private final String key;

    AttritionLaw(String key) { this.key = key; }

    public String key() { return key; }

    private static final AttritionLaw[] VALUES = values();

    public static AttritionLaw ofIndex(double v) { return VALUES[(int) v]; }
}
