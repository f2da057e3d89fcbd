package io.gatehouse.query.audit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * A client address as people read it: IPv6 in its RFC 5952 short form ({@code ::1}, not
 * {@code 0:0:0:0:0:0:0:1}), IPv4 and IPv4-mapped IPv6 as dotted quads. For display only: the record keeps what
 * the server saw. Anything that is not an address literal (a note such as "erased") is shown as it is; no name
 * is ever looked up.
 */
public final class ShortAddress {

    private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ShortAddress() {
    }

    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String text = address.strip();
        int zone = text.indexOf('%');
        String scope = zone < 0 ? "" : text.substring(zone);
        InetAddress parsed = literal(zone < 0 ? text : text.substring(0, zone));
        if (parsed == null || (parsed instanceof Inet4Address && !scope.isEmpty() && text.indexOf(':') < 0)) {
            return address;
        }
        return (parsed instanceof Inet4Address ? parsed.getHostAddress() : compress(parsed.getAddress())) + scope;
    }

    /**
     * The address an IP literal (a strict dotted quad, or hex digits with colons) names, or null for anything
     * else. Never a name lookup: text that is not a literal is not resolved. IPv4-mapped IPv6 comes back as IPv4.
     */
    public static InetAddress literal(String text) {
        if (text == null) {
            return null;
        }
        boolean v6 = text.indexOf(':') >= 0 && IPV6_LITERAL.matcher(text).matches();
        if (!v6 && !DOTTED_QUAD.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** RFC 5952 section 4: lower-case hex without leading zeros, the longest run of two or more zero groups as "::". */
    static String compress(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
