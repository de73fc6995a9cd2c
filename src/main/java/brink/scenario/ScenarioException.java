package brink.scenario;

/**
 * A user's mistake in a scenario or sweep file: which file, which field, what value, what is
 * allowed. The CLI prints {@link #getMessage()} and exits with code 2; no stack trace.
 */
public class ScenarioException extends Exception implements BadInput {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;
    private final String value;
    private final String allowed;

    public ScenarioException(String file, String field, String value, String allowed) {
        super(format(file, field, value, allowed));
        this.file = file;
        this.field = field;
        this.value = value;
        this.allowed = allowed;
    }

    public String file() { return file; }
    public String field() { return field; }
    public String value() { return value; }
    public String allowed() { return allowed; }

    private static String format(String file, String field, String value, String allowed) {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (field != null && !field.isEmpty()) sb.append(": ").append(field);
        if (value != null) sb.append(": value ").append(value);
        if (allowed != null) sb.append(": ").append(allowed);
        return sb.toString();
    }
}
