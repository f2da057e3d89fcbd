package io.gatehouse.web.account;

import io.gatehouse.web.support.validation.OrganizationName;
import io.gatehouse.web.support.validation.PersonName;

/** {@code /account/profile}: the name and organization others see, with the sign-up form's limits. */
class ProfileForm {

    @PersonName
    private String displayName = "";

    @OrganizationName
    private String organization = "";

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization == null ? "" : organization;
    }
}
