/** The document aggregate: who may create, edit and reassign a document. */
package io.gatehouse.command.document;
