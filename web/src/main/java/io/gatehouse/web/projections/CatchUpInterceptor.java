package io.gatehouse.web.projections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Read your writes on the pages of the streaming read models: before such a page is handled, its read model
 * catches up with the store as it is at that moment. So the page after a sponsor's save shows the save, an
 * admin's account page shows the act just done in its history, and an auditor sees an act recorded a moment
 * ago. One query for the head when the model is already there; bounded by gatehouse.projections.catch-up-wait.
 */
@Configuration(proxyBeanMethods = false)
class CatchUpInterceptor implements WebMvcConfigurer {

    private final CatchUp catchUp;

    CatchUpInterceptor(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(waitFor(List.of(ReadModels.DOCUMENTS)))
                .addPathPatterns("/sponsor/**", "/editor/**", "/api/v1/documents", "/api/v1/documents/**");
        registry.addInterceptor(waitFor(List.of(ReadModels.AUDIT_TRAIL)))
                .addPathPatterns("/audit", "/audit/**", "/admin/accounts/*", "/api/v1/audit", "/api/v1/audit/**");
    }

    private HandlerInterceptor waitFor(List<String> processors) {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // POSTs too: a save checks the page's version against the read model, which must have the last save
                catchUp.awaitHead(processors);
                return true;
            }
        };
    }
}
