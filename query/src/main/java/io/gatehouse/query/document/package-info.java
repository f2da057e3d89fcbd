/** Documents as sponsors and editors list and read them. */
package io.gatehouse.query.document;
