package io.gatehouse.verifier;

/** The first position at which the record is not what was sealed, and what happened there. */
public record Finding(long position, Kind kind, String detail) {

    public enum Kind {
        /** the event stored here is not the one sealed here */
        CHANGED("changed"),
        /** the event sealed here is gone */
        REMOVED("removed"),
        /** an event is stored where none was sealed */
        INSERTED("inserted"),
        /** the event stored here was sealed at another position */
        REORDERED("reordered"),
        /** the chain's own record here does not follow from the one before */
        LINK_BROKEN("chain record altered"),
        /** the chain up to here differs from what a signed checkpoint says, or the signature is not valid */
        CHECKPOINT("checkpoint does not match");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return "position " + position + ": " + kind.label() + " (" + detail + ")";
    }
}
