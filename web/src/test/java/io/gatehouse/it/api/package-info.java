/**
 * The JSON API from the outside: bearer tokens made as /account/tokens makes them, every endpoint's refusals as
 * problem documents, and the same answers as the pages give for the same input.
 */
package io.gatehouse.it.api;
