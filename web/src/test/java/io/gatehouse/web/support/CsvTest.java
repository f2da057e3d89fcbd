package io.gatehouse.web.support;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 4180 cells, and no cell a spreadsheet would run as a formula. */
class CsvTest {

    @Test
    void cellsWithSeparatorsQuotesOrLineBreaksAreQuoted() {
        StringWriter out = new StringWriter();
        new Csv(out).row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", null, 42));

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,42\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunGetALeadingApostrophe() {
        assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.cell("+44 20")).isEqualTo("'+44 20");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }
}
