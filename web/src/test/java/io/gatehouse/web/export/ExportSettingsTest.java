package io.gatehouse.web.export;

import io.gatehouse.account.ExportLimits;
import io.gatehouse.account.Role;
import io.gatehouse.web.export.ExportSettings.RoleLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportSettingsTest {

    private static final ExportSettings SETTINGS = new ExportSettings(new RoleLimits(10, 200, 3), new RoleLimits(20, 100, 1),
            0, Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(2));

    @Test
    void accountWithBothRolesThenTheLargerOfEachDefault() {
        assertThat(SETTINGS.defaultsFor(Set.of(Role.SPONSOR, Role.EDITOR))).isEqualTo(new ExportLimits(20, 200, 3));
        assertThat(SETTINGS.defaultsFor(Set.of(Role.SPONSOR))).isEqualTo(new ExportLimits(10, 200, 3));
        assertThat(SETTINGS.defaultsFor(Set.of(Role.EDITOR, Role.AUDITOR))).isEqualTo(new ExportLimits(20, 100, 1));
    }

    @Test
    void accountWithNeitherRoleThenTheSponsorsDefaults() {
        assertThat(SETTINGS.defaultsFor(Set.of(Role.ADMIN))).isEqualTo(new ExportLimits(10, 200, 3));
    }

    @Test
    void renderSlotsUnsetThenHalfTheProcessorsAndAtLeastOne() {
        assertThat(SETTINGS.renderSlots()).isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    @Test
    void defaultsAnAdminCouldNotSetThenTheAppDoesNotStart() {
        assertThatThrownBy(() -> new ExportSettings(new RoleLimits(10, 5, 1), new RoleLimits(10, 200, 2), 0,
                Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(2)))
                .hasMessageContaining("Exports per day must be at least the number per minute");
    }
}
