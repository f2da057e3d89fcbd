package io.gatehouse.web.security;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import java.io.IOException;

/**
 * Puts the protective headers on every response Tomcat sends, including the ones no filter sees: requests
 * Tomcat refuses itself (a malformed path, an oversize header), TRACE, and the firewall's refusals. Set
 * before the request goes on; the security chains' own header writers keep these values.
 */
class SecurityHeadersValve extends ValveBase {

    SecurityHeadersValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!response.isCommitted()) {
            setIfAbsent(response, "Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
            setIfAbsent(response, "X-Content-Type-Options", "nosniff");
            setIfAbsent(response, "X-Frame-Options", "DENY");
            setIfAbsent(response, "Referrer-Policy", "same-origin");
        }
        getNext().invoke(request, response);
    }

    private static void setIfAbsent(Response response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
