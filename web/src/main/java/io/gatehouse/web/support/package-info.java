/** What every page shares: the layout's model, formatting, redirects after POST, and the error pages. */
package io.gatehouse.web.support;
