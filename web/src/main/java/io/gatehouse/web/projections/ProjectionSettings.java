package io.gatehouse.web.projections;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param catchUpWait how long a page that shows a streaming read model waits for it to reach the store's head
 *                    before it renders what there is (the act then shows at the next reload)
 */
@ConfigurationProperties("gatehouse.projections")
record ProjectionSettings(@DefaultValue("5s") Duration catchUpWait) {
}
