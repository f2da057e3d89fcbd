/** The public landing page. */
package io.gatehouse.web.home;
