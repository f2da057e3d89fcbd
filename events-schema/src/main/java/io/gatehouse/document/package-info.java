/**
 * The documents behind the gate: sponsors create them and assign an editor; editors edit them.
 * Same rules as {@link io.gatehouse.account}: event records are a stored contract.
 */
package io.gatehouse.document;
