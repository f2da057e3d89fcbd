package io.gatehouse.web.config;

import io.gatehouse.web.support.DatabaseUnavailableFilter;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import javax.sql.DataSource;

/** Puts the 503 answer for an unreachable database outside every other filter, the session store's included. */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DataSource database) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(database));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }
}
