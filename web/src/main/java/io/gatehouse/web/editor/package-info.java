/** The editor area: the documents assigned to an editor, and editing them. */
package io.gatehouse.web.editor;
