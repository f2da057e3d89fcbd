package io.gatehouse.web.api;

import io.gatehouse.web.support.FieldException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void encodedPlaceThenDecodesToTheSameTextAndIsSafeInAUrl() {
        String place = "2026-11-29T10:30:15.123456Z 0f8fad5b-d9cb-469f-a165-70867728950e ünïcode?&=";

        String cursor = Cursor.encode(place);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(cursor)).isEqualTo(place);
        assertThat(Cursor.decode(" " + cursor + "\n")).isEqualTo(place);
    }

    @Test
    void noCursorThenNoPlace() {
        for (String none : Arrays.asList(null, "", "  ")) {
            assertThat(Cursor.decode(none)).isNull();
        }
    }

    @Test
    void notBase64ThenBadRequestOnTheCursorField() {
        for (String junk : new String[] {"!!!", "a b", "abc=def", "%%%"}) {
            assertThatThrownBy(() -> Cursor.decode(junk)).as(junk).isInstanceOfSatisfying(FieldException.class,
                    refused -> assertThat(refused.field()).isEqualTo("cursor"));
        }
    }

    @Test
    void limitThenTheFallbackWhenAbsentAndRefusedOutsideOneToMax() {
        assertThat(Cursor.limit(null, 20, 100)).isEqualTo(20);
        assertThat(Cursor.limit(1, 20, 100)).isEqualTo(1);
        assertThat(Cursor.limit(100, 20, 100)).isEqualTo(100);
        for (int wrong : new int[] {0, -1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Cursor.limit(wrong, 20, 100)).as("%d", wrong)
                    .isInstanceOfSatisfying(FieldException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("limit");
                        assertThat(refused.advice()).contains("100");
                    });
        }
    }
}
