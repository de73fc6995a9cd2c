package brink.cli;

import brink.results.Csv;
import brink.model.ParameterDef;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<Map<String, String>> rows = records(r.out());
        List<ParameterDef> defs = s.catalog().all();
        assertThat(s.events()).isEmpty();
        assertThat(rows).hasSize(defs.size());
        for (int i = 0; i < defs.size(); i++) {
            assertThat(rows.get(i).get("kind")).isEqualTo("parameter");
            assertThat(rows.get(i).get("path")).isEqualTo(defs.get(i).path());
            assertThat(rows.get(i).get("set_in")).as(defs.get(i).path()).isEqualTo("scenarios/baseline.yaml");
        }
        Map<String, String> troops = row(rows, "actors.north_korea.troops");
        assertThat(troops.get("value")).isEqualTo("uniform(10,000, 12,000)");
        assertThat(troops.get("mean")).isEqualTo("11000");
        assertThat(troops.get("source_file")).isEqualTo("002_d9c7288233712f85.txt");
        assertThat(troops.get("quote")).isEqualTo(TROOPS_QUOTE);
        assertThat(troops.get("day") + troops.get("date")).isEmpty();
        assertThat(row(rows, "actors.russia.decay").get("assumption")).isEqualTo("pressure fades with a memory of about 20 days");
    }

    @Test
    void csvSetInNamesTheWhatIfForItsOverridesAndTheBaseForTheRest() throws Exception {
        CliRunner.Result r = CliRunner.run("params", "scenarios/what-if-us-keeps-restrictions.yaml", "--format", "csv");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<Map<String, String>> rows = records(r.out());
        // the three values the file sets (two with a citation, one with an assumption: set_in was empty for them all)
        List<String> own = List.of("actors.nato.red_line.strike_restrictions_lifted",
                "triggers.us_lifts_if_nk_in_combat.probability", "triggers.us_lifts_if_nk_in_ukraine.probability");
        assertThat(rows).filteredOn(row -> row.get("set_in").equals("scenarios/what-if-us-keeps-restrictions.yaml"))
                .extracting(row -> row.get("path")).containsExactlyElementsOf(own);
        assertThat(rows).filteredOn(row -> !own.contains(row.get("path")))
                .allSatisfy(row -> assertThat(row.get("set_in")).as(row.get("path")).isEqualTo("scenarios/baseline.yaml"));
        assertThat(row(rows, own.get(1)).get("source_file")).isEqualTo("001_0b49f4ea1f0e7d99.txt");
    }

    @Test
    void csvListsEachScheduledEventAfterTheParametersWithItsDayDateAmountAndSource() throws Exception {
        CliRunner.Result r = CliRunner.run("params", "scenarios/what-if-second-nk-contingent.yaml", "--format", "csv");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<Map<String, String>> rows = records(r.out());
        List<Map<String, String>> events = rows.stream().filter(row -> row.get("kind").equals("event")).toList();
        // as in the file: day 60 from start_date 2024-10-28, 15,000 troops
        assertThat(events).hasSize(1);
        Map<String, String> e = events.get(0);
        assertThat(e).containsEntry("path", "events[0]").containsEntry("value", "nk_second_contingent")
                .containsEntry("mean", "15000").containsEntry("unit", "troops")
                .containsEntry("day", "60").containsEntry("date", "2024-12-27")
                .containsEntry("source_file", "001_0b49f4ea1f0e7d99.txt")
                .containsEntry("set_in", "scenarios/what-if-second-nk-contingent.yaml")
                .containsEntry("description", "a second contingent of 15,000 troops arrives");
        assertThat(e.get("quote")).startsWith("While uncertainty remains");
        assertThat(e.get("allowed_min") + e.get("allowed_max") + e.get("integer") + e.get("assumption")).isEmpty();
        assertThat(rows.get(rows.size() - 1)).isSameAs(e);
    }

    @Test
    void tableMarksEachOverrideWithTheFileThatSetItAndListsTheEvents() throws Exception {
        CliRunner.Result r = CliRunner.run("params", "scenarios/what-if-us-keeps-restrictions.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out().lines().filter(l -> l.contains("set in scenarios/what-if-us-keeps-restrictions.yaml"))).hasSize(3);
        assertThat(r.out()).contains("131 parameters (3 set over scenarios/baseline.yaml)").contains("Scheduled events: none.");

        CliRunner.Result aid = CliRunner.run("params", "scenarios/what-if-sk-lethal-aid-early.yaml");
        assertThat(aid.exitCode()).as(aid.toString()).isZero();
        assertThat(aid.out()).contains("(0 set over scenarios/baseline.yaml)", "Scheduled events (by day)",
                "day 30 (2024-11-27): sk_lethal_aid - Seoul decides to send weapons and advisers");
        assertThat(aid.out().lines().toList()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(TextWrap.WIDTH));
    }

    @Test
    void helpDocumentsTheCsvColumns() {
        CliRunner.Result r = CliRunner.run("params", "--help");
        assertThat(r.exitCode()).isZero();
        for (String column : ParamsCommand.CSV_HEADER) assertThat(r.out()).as(column).contains(column);
        assertThat(r.out()).contains("pd.read_csv", "df.kind == \"event\"");
    }

    /** The CSV's rows after the header, each by column name; every row as wide as the header. */
    private static List<Map<String, String>> records(String csv) {
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows.get(0)).isEqualTo(ParamsCommand.CSV_HEADER);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).as(row.toString()).hasSameSizeAs(rows.get(0));
            Map<String, String> m = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) m.put(rows.get(0).get(c), row.get(c));
            out.add(m);
        }
        return out;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String path) {
        return rows.stream().filter(r -> r.get("path").equals(path)).findFirst().orElseThrow();
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
