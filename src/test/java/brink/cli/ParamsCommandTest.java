package brink.cli;

import brink.results.Csv;
import brink.model.ParameterDef;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brink params}: every catalog parameter in the table and in CSV, with its source quote. */
class ParamsCommandTest {
    private static final String TROOPS_QUOTE = "around 12,000 North Korean troops were training to fight alongside Russian soldiers";

    @Test
    void tableListsEveryParameterBySectionWithItsSource() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        CliRunner.Result r = CliRunner.run("params");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        for (ParameterDef d : s.catalog().all()) {
            String section = d.key().group();
            String key = d.key().nameInGroup();
            assertThat(lines).as(d.path()).contains(section);
            assertThat(lines).as(d.path()).anyMatch(l -> l.startsWith("  " + key + " "));
        }
        assertThat(r.out()).contains("uniform(10,000, 12,000)", "002_d9c7288233712f85.txt", "around 12,000 North Korean troops");
        assertThat(r.out()).contains("assumption: ");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(TextWrap.WIDTH));
    }

    @Test
    void csvHasOneRowPerParameterAndParsesBack() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        CliRunner.Result r = CliRunner.run("params", "scenarios/baseline.yaml", "--format", "csv");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<List<String>> rows = parseCsv(r.out());
        assertThat(rows.get(0)).isEqualTo(ParamsCommand.CSV_HEADER);
        List<ParameterDef> defs = s.catalog().all();
        assertThat(rows).hasSize(defs.size() + 1);
        for (int i = 0; i < defs.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row).as("row " + (i + 1)).hasSize(ParamsCommand.CSV_HEADER.size());
            assertThat(row.get(0)).isEqualTo(defs.get(i).path());
        }
        List<String> troops = rows.stream().filter(row -> row.get(0).equals("actors.north_korea.troops")).findFirst().orElseThrow();
        assertThat(troops.get(1)).isEqualTo("uniform(10,000, 12,000)");
        assertThat(troops.get(2)).isEqualTo("11000");
        assertThat(troops.get(7)).isEqualTo("002_d9c7288233712f85.txt");
        assertThat(troops.get(8)).isEqualTo(TROOPS_QUOTE);
        List<String> decay = rows.stream().filter(row -> row.get(0).equals("actors.russia.decay")).findFirst().orElseThrow();
        assertThat(decay.get(9)).isEqualTo("pressure fades with a memory of about 20 days");
    }

    @Test
    void csvEscapingRoundTrips() {
        List<String> fields = List.of("plain", "a, b", "say \"hi\"", "two\nlines", "");
        assertThat(parseCsv(Csv.line(fields) + "\n")).containsExactly(fields);
    }

    @Test
    void unknownFormatIsABadInput() {
        CliRunner.Result r = CliRunner.run("params", "--format", "xml");
        assertThat(r.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).contains("xml", "table", "csv");
    }

    /** A strict RFC 4180 reader, enough to check what the command wrote. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString()); field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(field.toString()); field.setLength(0);
                rows.add(row); row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
        return rows;
    }
}
