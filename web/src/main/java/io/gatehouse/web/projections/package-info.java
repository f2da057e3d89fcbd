/**
 * The read models as an operator sees them: which run streaming (Axon's pooled processors) and which
 * subscribing, how far each has got, replays while the app serves (/admin/projections), and the wait that
 * lets a page show an act its streaming read model has not reached yet.
 */
package io.gatehouse.web.projections;
