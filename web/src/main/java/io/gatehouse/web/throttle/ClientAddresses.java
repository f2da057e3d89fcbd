package io.gatehouse.web.throttle;

import io.gatehouse.query.audit.ShortAddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who a client is, for limits: an IPv4 address, or the /64 an IPv6 address lies in. One IPv6 customer
 * is usually given a whole /64, so counting single addresses would let them make 2^64 fresh starts.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String group(String address) {
        InetAddress parsed = address == null || address.indexOf(':') < 0 ? null : ShortAddress.literal(address);
        if (parsed == null) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = parsed.getAddress();
            if (bytes.length != 16) {
                return parsed.getHostAddress(); // IPv4-mapped
            }
            return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
        } catch (UnknownHostException impossible) {
            // sixteen bytes always make an address
            throw new IllegalStateException(impossible);
        }
    }
}
