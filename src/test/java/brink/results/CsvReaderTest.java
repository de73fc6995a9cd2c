package brink.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reusable numeric row that streams runs.csv: lazy, but never silent about a damaged file. */
class CsvReaderTest {
    @TempDir
    Path tmp;

    private Path csv(String text) throws Exception {
        return Files.writeString(tmp.resolve("runs.csv"), text);
    }

    @Test
    void aRowGivesItsNumbersEmptyCellsAsNaNAndQuotedLinesAlike() throws Exception {
        try (CsvReader in = new CsvReader(csv("a,b,c\n1,,-2.5E-4\n\n\"7\",8,\"\"\n"))) {
            CsvReader.Row row = in.row();
            assertThat(in.advance(row)).isTrue();
            assertThat(row.number(0)).isEqualTo(1.0);
            assertThat(row.number(1)).isNaN();
            assertThat(row.number(2)).isEqualTo(-2.5E-4);
            long first = row.lineNumber();
            assertThat(in.advance(row)).isTrue(); // the blank line is skipped
            assertThat(row.lineNumber()).isNotEqualTo(first);
            assertThat(row.number(0)).isEqualTo(7.0);
            assertThat(row.number(1)).isEqualTo(8.0);
            assertThat(row.number(2)).isNaN();
            assertThat(in.advance(row)).isFalse();
        }
    }

    @Test
    void aDamagedCellIsReportedEvenInAColumnNobodyReads() throws Exception {
        try (CsvReader in = new CsvReader(csv("a,b,c\n1,2,3\n1,twelve,3\n"))) {
            CsvReader.Row row = in.row();
            assertThat(in.advance(row)).isTrue();
            assertThatThrownBy(() -> in.advance(row)).isInstanceOf(ResultsException.class)
                    .hasMessageContaining("line 3").hasMessageContaining("column 'b'").hasMessageContaining("'twelve' is not a finite number");
        }
    }

    @Test
    void aCellThatLooksNumericButIsNotFailsWhenRead() throws Exception {
        try (CsvReader in = new CsvReader(csv("a,b\n1.2.3,4\n"))) {
            CsvReader.Row row = in.row();
            assertThat(in.advance(row)).isTrue();
            assertThat(row.number(1)).isEqualTo(4.0);
            assertThatThrownBy(() -> row.number(0)).isInstanceOf(ResultsException.class)
                    .hasMessageContaining("column 'a'").hasMessageContaining("'1.2.3' is not a finite number");
        }
    }

    @Test
    void tooFewOrTooManyFieldsAreReported() throws Exception {
        for (String line : new String[]{"1,2", "1,2,3,4"}) {
            try (CsvReader in = new CsvReader(csv("a,b,c\n" + line + "\n"))) {
                CsvReader.Row row = in.row();
                assertThatThrownBy(() -> in.advance(row)).isInstanceOf(ResultsException.class)
                        .hasMessageContaining(line.split(",").length + " fields, the header has 3");
            }
        }
    }
}
