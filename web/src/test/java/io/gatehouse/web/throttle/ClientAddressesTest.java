package io.gatehouse.web.throttle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void ipv6AddressesInOneSlash64ThenOneClient() {
        assertThat(ClientAddresses.group("2001:db8:1:2::a")).isEqualTo(ClientAddresses.group("2001:db8:1:2:ffff:1:2:3"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.group("2001:db8:1:3::a")).isNotEqualTo(ClientAddresses.group("2001:db8:1:2::a"));
    }

    @Test
    void ipv4AddressesThenEachItsOwnClient() {
        assertThat(ClientAddresses.group("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.group("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void somethingElseThenKeptAsItIs() {
        assertThat(ClientAddresses.group("unknown")).isEqualTo("unknown");
        assertThat(ClientAddresses.group("not:an:address:zz")).isEqualTo("not:an:address:zz");
        assertThat(ClientAddresses.group(null)).isEqualTo("null");
    }
}
