package io.gatehouse.web.throttle;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Who a client is, for limits: an IPv4 address, or the /64 an IPv6 address lies in. One IPv6 customer
 * is usually given a whole /64, so counting single addresses would let them make 2^64 fresh starts.
 */
public final class ClientAddresses {

    private static final Pattern IPV6_LITERAL = Pattern.compile("^[0-9A-Fa-f:.]+$");

    private ClientAddresses() {
    }

    public static String group(String address) {
        if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return String.valueOf(address);
        }
        try {
            // A literal with a colon is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped
            }
            return InetAddress.getByAddress(Arrays.copyOf(Arrays.copyOf(bytes, 8), 16)).getHostAddress() + "/64";
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
