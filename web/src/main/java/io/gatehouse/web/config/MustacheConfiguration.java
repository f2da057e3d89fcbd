package io.gatehouse.web.config;

import com.samskivert.mustache.Mustache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Templates escape HTML by default; an absent or null value renders as nothing rather than failing the
 * page, and an empty string or a zero count reads as false in a section.
 */
@Configuration(proxyBeanMethods = false)
class MustacheConfiguration {

    @Bean
    Mustache.Compiler mustacheCompiler(Mustache.TemplateLoader templateLoader) {
        return Mustache.compiler()
                .withLoader(templateLoader)
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true);
    }
}
