package io.gatehouse.it.browser;

/** The two widths every journey runs at: a laptop and a phone held upright. */
public enum Viewport {
    DESKTOP(1280, 900),
    PHONE(390, 844);

    final int width;
    final int height;

    Viewport(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public String toString() {
        return width + "px";
    }
}
