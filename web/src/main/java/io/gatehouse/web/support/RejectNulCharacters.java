package io.gatehouse.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 400 to any request carrying a NUL character in a parameter. PostgreSQL cannot store or compare
 * one in text, so letting it through would turn a typo or a probe into a server error.
 */
@Configuration(proxyBeanMethods = false)
class RejectNulCharacters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> rejectNulCharactersFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean nul = request.getParameterMap().values().stream()
                        .flatMap(java.util.Arrays::stream)
                        .anyMatch(value -> value != null && value.indexOf('\0') >= 0);
                if (nul) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        // Just after Spring Security's chain, so the 400 carries the same security headers as every response.
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
