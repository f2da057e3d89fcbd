/** The sponsor area: a sponsor's own documents, creating them and handing them to an active editor. */
package io.gatehouse.web.sponsor;
