package io.gatehouse.web.projections;

/**
 * One read model as /admin/projections shows it.
 *
 * @param state         running, replaying, error, or stopped
 * @param progress      during a replay, how far it is (value of the progress bar, out of {@code progressMax})
 * @param percent       the same in whole percent, for the text beside the bar
 * @param elsewhere     the instance that holds the work when it is not this one, or null
 */
record ProjectionRow(String name, String purpose, String kind, String position, long head, String lag,
                     String state, String error, boolean replaying, long progress, long progressMax, long percent,
                     String elsewhere, boolean replayable) {
}
