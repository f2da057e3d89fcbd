package io.gatehouse.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The notices an act leaves for the page after its redirect, at most a few per session. Spring keeps every one for
 * three minutes until a page reads it; a client that posts without following the redirects (a script, a busy admin's
 * double submits) grew one session to thousands of them, and the session is read and written on every request.
 */
@Configuration(proxyBeanMethods = false)
class BoundedFlashMaps {

    /** More than the tabs a person acts from at once; the oldest notice goes first. */
    static final int KEPT = 5;

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request,
                                           HttpServletResponse response) {
                super.updateFlashMaps(newest(flashMaps), request, response);
            }
        };
    }

    /** A list Spring can go on changing, as its own: it removes the maps a page has read from the stored list. */
    static List<FlashMap> newest(List<FlashMap> flashMaps) {
        return flashMaps.size() <= KEPT ? flashMaps
                : new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()));
    }
}
