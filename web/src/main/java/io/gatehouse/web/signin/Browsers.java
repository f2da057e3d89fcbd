package io.gatehouse.web.signin;

import jakarta.servlet.http.HttpServletRequest;

/** The browser a request came from, as people and the record name it. */
public final class Browsers {

    private static final int MAX_LENGTH = 200;

    private Browsers() {
    }

    /** The User-Agent, stripped of control characters and cut to a length that fits a table cell. */
    public static String of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            return null;
        }
        String clean = agent.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }

    /** "Firefox on Linux", "Chrome on Android": enough to recognise one's own device in a list. */
    public static String summary(String agent) {
        if (agent == null) {
            return "Unknown browser";
        }
        String browser = agent.contains("Edg/") ? "Edge" : agent.contains("OPR/") ? "Opera"
                : agent.contains("Firefox/") ? "Firefox" : agent.contains("Chrome/") || agent.contains("Chromium/") ? "Chrome"
                : agent.contains("Safari/") ? "Safari" : agent.contains("curl/") ? "curl" : null;
        String system = agent.contains("Android") ? "Android" : agent.contains("iPhone") || agent.contains("iPad") ? "iOS"
                : agent.contains("Windows") ? "Windows" : agent.contains("Mac OS X") ? "macOS"
                : agent.contains("Linux") ? "Linux" : null;
        if (browser == null) {
            return agent.length() > 40 ? agent.substring(0, 40) + "\u2026" : agent;
        }
        return system == null ? browser : browser + " on " + system;
    }
}
