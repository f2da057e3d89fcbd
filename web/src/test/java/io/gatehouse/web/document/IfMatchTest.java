package io.gatehouse.web.document;

import io.gatehouse.web.api.PreconditionRequiredException;
import io.gatehouse.web.support.FieldException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IfMatchTest {

    @Test
    void etagAsGetGaveItThenItsVersion() {
        assertThat(IfMatch.version("\"0\"")).isZero();
        assertThat(IfMatch.version("\"12\"")).isEqualTo(12L);
        assertThat(IfMatch.version("  \"3\" ")).isEqualTo(3L);
    }

    @Test
    void weakEtagThenTheSameVersion() {
        assertThat(IfMatch.version("W/\"7\"")).isEqualTo(7L);
    }

    @Test
    void starThenWhateverIsCurrent() {
        assertThat(IfMatch.version("*")).isNull();
        assertThat(IfMatch.version(" * ")).isNull();
    }

    @Test
    void noneOrBlankThenPreconditionRequired() {
        for (String none : Arrays.asList(null, "", "   ")) {
            assertThatThrownBy(() -> IfMatch.version(none)).as("%s", none)
                    .isInstanceOf(PreconditionRequiredException.class).hasMessageContaining("If-Match");
        }
    }

    @Test
    void malformedThenBadRequestOnTheIfMatchField() {
        for (String malformed : List.of("3", "\"\"", "\"", "\"3", "3\"", "W/", "W/3", "\"x\"", "\"-1\"", "\"1.5\"",
                "\"99999999999999999999\"", "\"1\", \"2\"")) {
            assertThatThrownBy(() -> IfMatch.version(malformed)).as(malformed)
                    .isInstanceOfSatisfying(FieldException.class,
                            refused -> assertThat(refused.field()).isEqualTo("If-Match"));
        }
    }
}
