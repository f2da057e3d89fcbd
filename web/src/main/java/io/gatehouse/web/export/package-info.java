/**
 * PDF export of documents, the site's guarded resource: rendering ({@link io.gatehouse.web.export.PdfRenderer}),
 * the per-account limits per minute, per UTC day and at once, shared by every instance through PostgreSQL
 * ({@link io.gatehouse.web.export.ExportQuotas}), the cap on exports rendering at once on one instance
 * ({@link io.gatehouse.web.export.RenderSlots}), the 429 answer with its RateLimit headers, and the usage pages.
 * {@link io.gatehouse.web.export.Exports#export} is the one way in, for the document pages and the API alike.
 */
package io.gatehouse.web.export;
