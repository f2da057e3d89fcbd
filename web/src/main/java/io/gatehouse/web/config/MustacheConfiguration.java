package io.gatehouse.web.config;

import com.samskivert.mustache.Mustache;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.mustache.servlet.view.MustacheViewResolver;
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

    /** Views built once per name and each compiling its template once (see {@link CompiledOnceMustacheView}). */
    @Bean
    static BeanPostProcessor compiledOnceViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof MustacheViewResolver resolver) {
                    resolver.setViewClass(CompiledOnceMustacheView.class);
                    resolver.setCache(true);
                }
                return bean;
            }
        };
    }
}
