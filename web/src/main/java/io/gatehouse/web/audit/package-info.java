/** The audit area: the whole trail, one account's history, and an account as it was at a past instant. */
package io.gatehouse.web.audit;
