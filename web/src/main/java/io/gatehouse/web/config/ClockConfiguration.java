package io.gatehouse.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The clock deadlines are measured with: links that expire, sign-ups that lapse, codes' 30-second steps,
 * the 15 minutes an admin's code lasts. One bean, so that tests can move time instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
