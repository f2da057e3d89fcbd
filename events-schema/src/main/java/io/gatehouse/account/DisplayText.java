package io.gatehouse.account;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Rules for text a person types that others will read as a name: nothing invisible, nothing that
 * reverses the direction of what follows it (a right-to-left override turns "exe.txt" around), no
 * control characters.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /**
     * Whether the text holds a control, format, private-use or unassigned character, or a filler that
     * renders as nothing. Names may keep the zero-width joiner and non-joiner, which some scripts and
     * emoji need ({@code allowJoiners}); e-mail addresses may not.
     */
    public static boolean hasHiddenCharacters(String text, boolean allowJoiners) {
        return text.codePoints().anyMatch(c -> isHidden(c) && !(allowJoiners && (c == 0x200C || c == 0x200D)));
    }

    /** The message forms show for such text. */
    public static String hiddenCharactersProblem() {
        return "Remove invisible or direction-changing characters.";
    }

    static Set<UnicodeScript> scriptsIn(String text) {
        Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
        text.codePoints().mapToObj(UnicodeScript::of)
                .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN)
                .forEach(scripts::add);
        return scripts;
    }

    private static boolean isHidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> true;
            default -> c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E;
        };
    }
}
