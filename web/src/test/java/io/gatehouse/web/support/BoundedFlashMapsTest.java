package io.gatehouse.web.support;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedFlashMapsTest {

    private final FlashMapManager manager = new BoundedFlashMaps().flashMapManager();

    @Test
    void aSessionKeepsOnlyTheNewestNoticesWhenRedirectsAreNeverFollowed() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/accounts/x/suspend");
        for (int i = 0; i < 50; i++) {
            FlashMap notice = new FlashMap();
            notice.put("notice", "act " + i);
            notice.setTargetRequestPath("/admin/accounts/x");
            manager.saveOutputFlashMap(notice, request, new MockHttpServletResponse());
        }

        @SuppressWarnings("unchecked")
        List<FlashMap> kept = (List<FlashMap>) request.getSession().getAttribute(
                org.springframework.web.servlet.support.SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(kept).hasSize(BoundedFlashMaps.KEPT);
        assertThat(kept.get(BoundedFlashMaps.KEPT - 1).get("notice")).isEqualTo("act 49");
    }

    @Test
    void thePageAfterTheRedirectStillReadsItsNoticeAndItIsGoneAfterwards() {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/admin/accounts/x/suspend");
        for (int i = 0; i < 10; i++) {
            FlashMap notice = new FlashMap();
            notice.put("notice", "act " + i);
            notice.setTargetRequestPath("/admin/accounts/x");
            manager.saveOutputFlashMap(notice, post, new MockHttpServletResponse());
        }
        MockHttpServletRequest get = new MockHttpServletRequest("GET", "/admin/accounts/x");
        get.setSession(post.getSession());

        FlashMap read = manager.retrieveAndUpdate(get, new MockHttpServletResponse());

        assertThat(read.get("notice")).isEqualTo("act 5");
        assertThat(manager.retrieveAndUpdate(get, new MockHttpServletResponse()).get("notice")).isEqualTo("act 6");
    }
}
