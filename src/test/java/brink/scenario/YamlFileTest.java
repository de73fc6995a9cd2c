package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The YAML reader takes out the numbers the parser refuses and reads on: the tree holds null in
 * their place and nothing else moves; each refused number is reported once, in the file's order,
 * at its own line and column. Aliases, which Jackson's tree would read as their names, are refused.
 */
class YamlFileTest {
    @TempDir
    Path dir;

    private YamlFile read(String text) throws Exception {
        return YamlFile.read(Files.writeString(dir.resolve("f.yaml"), text));
    }

    @Test
    void aRefusedNumberBecomesNullAndEveryOtherValueIsKept() throws Exception {
        YamlFile f = read("a: .nan  # note\nb: [1, -.inf, 3]\nc: {d: .NaN, e: x}\nf: !!float .inf\ng: '.nan'\n");
        JsonNode t = f.tree();
        assertThat(t.get("a").isNull()).isTrue();
        assertThat(t.get("b").toString()).isEqualTo("[1,null,3]");
        assertThat(t.get("c").get("d").isNull()).isTrue();
        assertThat(t.get("c").get("e").asText()).isEqualTo("x");
        assertThat(t.get("f").isNull()).isTrue();
        assertThat(t.get("g").asText()).as("a quoted .nan is a text, not a number").isEqualTo(".nan");
        assertThat(f.refusedPaths()).containsExactly("a", "b[1]", "c.d", "f");
    }

    @Test
    void positionsAreThoseOfTheFileEvenAfterWideCharacters() throws Exception {
        // a character beyond the Basic Multilingual Plane is two Java chars but one code point (SnakeYAML's marks count code points)
        YamlFile f = read("title: \"\uD83D\uDE00 x\"\na: 1\nb: .inf\nc: -.inf\n");
        assertThat(f.tree().get("title").asText()).isEqualTo("\uD83D\uDE00 x");
        assertThat(f.tree().get("a").asInt()).isEqualTo(1);
        assertThat(f.refusedValues()).extracting(ScenarioException::getMessage)
                .anySatisfy(m -> assertThat(m).contains("b:", "'.inf'", "line 3, column 8"))
                .anySatisfy(m -> assertThat(m).contains("c:", "'-.inf'", "line 4, column 9"));
    }

    @Test
    void anAnchoredRefusedNumberIsReportedOnceAndItsAliasAsAnAlias() throws Exception {
        YamlFile f = read("a: &x .nan\nb: *x\nc: 2\n");
        assertThat(f.refusedPaths()).containsExactly("a", "b");
        assertThat(f.refusedValues().get(1).getMessage()).contains("b: value '*x'", "aliases are not supported");
        assertThat(f.tree().get("a").isNull()).isTrue();
        // the anchor is kept, so the rest of the file still parses
        assertThat(f.tree().get("c").asInt()).isEqualTo(2);
    }

    @Test
    void aFloatTagOnSomethingElseIsTakenOutTooAndTheOrderIsTheFiles() throws Exception {
        YamlFile f = read("a: !!float abc\nb: .nan\nc: !!float x1\n");
        assertThat(f.refusedPaths()).containsExactly("a", "b", "c");
        assertThat(f.tree().get("a").isNull()).isTrue();
    }

    /** Jackson's tree reads {@code *name} as the text "name": every alias is refused where it stands, with its path. */
    @Test
    void everyAliasIsRefusedAtItsOwnPath() throws Exception {
        YamlFile f = read("t: &t \"A\"\nd: *t\nm: &m {x: 1}\nl:\n  - {n: *m}\n  - [0, *t]\n");
        assertThat(f.refusedPaths()).containsExactly("d", "l[0].n", "l[1][1]");
        assertThat(f.refusedValues().get(0).getMessage()).contains("d: value '*t'", "aliases are not supported", "line 2, column 4");
        assertThat(f.tree().get("t").asText()).as("an anchor alone is harmless").isEqualTo("A");
    }

    /** Jackson reads the first document of a stream and ignores the rest: a second document is refused where it starts. */
    @Test
    void aSecondDocumentIsRefusedAndOneMarkedDocumentIsNot() throws Exception {
        YamlFile two = read("a: 1\n---\na: 7\nb: *x\n");
        assertThat(two.refusedValues()).hasSize(1);
        assertThat(two.refusedValues().get(0).getMessage()).contains("line 2", "second YAML document", "one document per file");
        YamlFile one = read("---\na: 1\n...\n");
        assertThat(one.refusedValues()).isEmpty();
        assertThat(one.tree().get("a").asInt()).isEqualTo(1);
    }

    /** YAML 1.1 reads a whole number with a leading zero as octal (Jackson too): 0365 would be 245 days, so it is refused. */
    @Test
    void aWholeNumberWithALeadingZeroIsRefusedAndOtherNumbersAreNot() throws Exception {
        YamlFile f = read("a: 0365\nb: [1, 030]\nc: 089\nd: '0365'\ne: 0\nf: 0.5\ng: 10\nh: 2024-10-28\ni: -010\n");
        assertThat(f.refusedPaths()).containsExactly("a", "b[1]", "c", "i");
        assertThat(f.refusedValues().get(0).getMessage()).contains("a: value '0365'", "octal number 245", "line 1, column 4");
        assertThat(f.refusedValues().get(1).getMessage()).contains("octal number 24");
        assertThat(f.refusedValues().get(2).getMessage()).contains("does not read 089 as a number");
        assertThat(f.refusedValues().get(3).getMessage()).contains("octal number -8");
        assertThat(f.tree().get("d").asText()).as("a quoted one is a text").isEqualTo("0365");
    }

    /** YAML 1.1 reads yes, no, on and off as booleans (Jackson too): title: no would be false, so only true and false are taken. */
    @Test
    void yesNoOnAndOffAreRefusedAndTrueFalseAndQuotedWordsAreNot() throws Exception {
        YamlFile f = read("a: no\nb: [On, true]\nc: 'yes'\nd: false\ne: y\nf: nope\n");
        assertThat(f.refusedPaths()).containsExactly("a", "b[0]");
        assertThat(f.refusedValues().get(0).getMessage()).contains("a: value 'no'", "true or false", "'no' in quotes", "reads no as false");
        assertThat(f.refusedValues().get(1).getMessage()).contains("reads On as true");
        assertThat(f.tree().get("c").asText()).isEqualTo("yes");
        assertThat(f.tree().get("d").asBoolean(true)).isFalse();
        assertThat(f.tree().get("e").asText()).as("y is a text to Jackson").isEqualTo("y");
    }

    @Test
    void treeOrThrowListsEveryRefusedNumber() throws Exception {
        YamlFile f = read("a: .nan\nb: .inf\n");
        assertThatThrownBy(f::treeOrThrow).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("2 mistakes").hasMessageContaining("a: value '.nan'").hasMessageContaining("b: value '.inf'");
    }

    @Test
    void aFileWithoutRefusedValuesIsReadAsItIs() throws Exception {
        YamlFile f = read("a: 1.5\nb: [x, 2]\n");
        assertThat(f.refusedValues()).isEmpty();
        assertThat(f.treeOrThrow().toString()).isEqualTo("{\"a\":1.5,\"b\":[\"x\",2]}");
    }
}
