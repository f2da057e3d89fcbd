package io.gatehouse.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortAddressTest {

    @Test
    void ipv6IsShownInItsRfc5952ShortForm() {
        assertThat(ShortAddress.of("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ShortAddress.of("0:0:0:0:0:0:0:0")).isEqualTo("::");
        assertThat(ShortAddress.of("2001:DB8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(ShortAddress.of("2001:db8:0:1:1:1:1:1")).as("one zero group is not shortened")
                .isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(ShortAddress.of("2001:0:0:1:0:0:0:1")).as("the longest run").isEqualTo("2001:0:0:1::1");
        assertThat(ShortAddress.of("2001:db8:0:0:1:0:0:1")).as("the first of equal runs").isEqualTo("2001:db8::1:0:0:1");
        assertThat(ShortAddress.of("fe80:0:0:0:0:0:0:1%eth0")).isEqualTo("fe80::1%eth0");
        assertThat(ShortAddress.of("2001:0db8:0000:0000:0000:ff00:0042:8329")).isEqualTo("2001:db8::ff00:42:8329");
    }

    @Test
    void ipv4AndIpv4MappedAreShownAsDottedQuads() {
        assertThat(ShortAddress.of("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(ShortAddress.of("0:0:0:0:0:ffff:a01:203")).isEqualTo("10.1.2.3");
        assertThat(ShortAddress.of("::ffff:192.0.2.128")).isEqualTo("192.0.2.128");
    }

    @Test
    void anythingElseIsShownAsItIsWithoutLookingUpAName() {
        assertThat(ShortAddress.of(null)).isNull();
        assertThat(ShortAddress.of("")).isEmpty();
        assertThat(ShortAddress.of("erased")).isEqualTo("erased");
        assertThat(ShortAddress.of("localhost")).isEqualTo("localhost");
        assertThat(ShortAddress.of("1.2.3")).isEqualTo("1.2.3");
        assertThat(ShortAddress.of("an address no longer kept")).isEqualTo("an address no longer kept");
        assertThat(ShortAddress.of("::g")).isEqualTo("::g");
    }
}
