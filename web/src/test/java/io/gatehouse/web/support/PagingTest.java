package io.gatehouse.web.support;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void aCountThatStoppedShortSaysMoreThanAndNamesNoLastPage() {
        Paging paging = Paging.of(2, 20, true, 200, true, "/admin/accounts", Map.of("q", "ann"));

        assertThat(paging.position()).isEqualTo("Page 3");
        assertThat(paging.inAll()).isEqualTo("more than 200");
        assertThat(paging.isMultiple()).isTrue();
        assertThat(paging.previousUrl()).contains("page=1").contains("q=ann");
        assertThat(paging.nextUrl()).contains("page=3");
    }

    @Test
    void aFullCountNamesTheLastPageAndTheLastPageHasNoNext() {
        Paging paging = Paging.of(1, 20, false, 23, false, "/admin/accounts", Map.of());

        assertThat(paging.position()).isEqualTo("Page 2 of 2");
        assertThat(paging.inAll()).isEqualTo("23");
        assertThat(paging.nextUrl()).isNull();
    }

    @Test
    void oneShortPageShowsNoPagingStrip() {
        assertThat(Paging.of(0, 20, false, 7, false, "/admin/accounts", Map.of()).isMultiple()).isFalse();
    }
}
