/**
 * What the sponsor's and the editor's document pages share: saving an edit against the version the page was
 * opened at, the "out of date" answer when someone saved since, the line diff it shows, and counted nouns.
 */
package io.gatehouse.web.document;
